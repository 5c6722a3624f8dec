import type { RoomMode, StageAccessMode } from '@lti-rooms/domain';
import { DateTime } from 'luxon';
import { formattingLocale, t } from '../i18n/translate';
import { modeName } from '../text/mode-text';

/** Punctuation between data items on one line (a time, a name, an id): the same in every language. */
export const ITEM_SEPARATOR = ' · ';
export const SPACE = ' ';

/** The admin tables' short mode name ("Panel"), from the one vocabulary, read when shown. */
export function modeLabel(mode: RoomMode): string {
  return modeName(mode, 'short');
}

export function stageAccessLabel(mode: StageAccessMode): string {
  return t('admin.mode.stageAccess', { mode });
}

/** "Nov 27, 2026, 1:07 PM" (English), "27. Nov. 2026, 13:07" (German): the viewer's wall clock, in the page's language. */
export function formatWhen(iso: string, zone: string): string {
  const when = DateTime.fromISO(iso, { zone });
  if (!when.isValid) return iso;
  return when.setLocale(formattingLocale()).toLocaleString(DateTime.DATETIME_MED);
}

export function formatRegistered(platform: { registeredAt: string; registrationMethod: 'dynamic' | 'manual' }, zone: string): string {
  return t('admin.platforms.registeredWhenHow', { when: formatWhen(platform.registeredAt, zone), method: platform.registrationMethod });
}
