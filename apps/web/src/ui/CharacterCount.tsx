import { characterLength } from '@lti-rooms/domain';
import { t } from '../i18n';

/**
 * How much of a long field is used, counted as the server counts (one emoji is one
 * character), and how far over the limit it is: said as people type, never cut silently.
 */
export function CharacterCount({ value, max }: { value: string; max: number }) {
  const count = characterLength(value);
  const over = count - max;
  if (over > 0) {
    return <span className="field-counter field-counter-over">{t('common.characterCount.over', { over, max })}</span>;
  }
  return <span className="field-counter">{t('common.characterCount.used', { count, max })}</span>;
}
