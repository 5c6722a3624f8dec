import type { ModeChoiceBody, ModeChoiceOption } from '@lti-rooms/contracts';
import type { UseFormRegister } from 'react-hook-form';
import { modeChoiceKey } from '../room-form-body';
import type { RoomFormValues } from '../room-form-schema';
import { describeModeOption, roomModeLabel } from '../../text/mode-text';
import { t } from '../../i18n';
import { FieldError } from '../../ui';
import { roomFieldLabel } from './field-ids';

export interface ModeOption {
  choice: ModeChoiceBody;
  label: string;
  description: string;
}

/** A choice the server offers, worded. */
export function modeOptionOf(option: ModeChoiceOption): ModeOption {
  return { choice: option.choice, label: roomModeLabel(option), description: describeModeOption(option) };
}

interface ModeFieldProps {
  idPrefix: string;
  options: readonly ModeOption[];
  /** The account offers one mode only: show it as fixed text, as Kaltura does. */
  fixed: boolean;
  register: UseFormRegister<RoomFormValues>;
  error: string | undefined;
  headingLevel: 2 | 3;
}

/** Room mode: a radio per mode or template, each with its one-line description. */
export function ModeField({ idPrefix, options, fixed, register, error, headingLevel }: ModeFieldProps) {
  const errorId = error ? `${idPrefix}-error` : undefined;

  if (fixed && options.length === 1) {
    const [only] = options;
    const Heading = headingLevel === 2 ? 'h2' : 'h3';
    return (
      <section className="field fixed-mode" aria-labelledby={`${idPrefix}-heading`} data-testid="fixed-room-mode">
        <Heading id={`${idPrefix}-heading`} className="field-group-heading">
          {t('roomForms.mode.fixedHeading')}
        </Heading>
        <p className="fixed-mode-label">{only.label}</p>
        <p className="muted">{only.description}</p>
        {error && <FieldError id={errorId}>{error}</FieldError>}
      </section>
    );
  }

  return (
    <fieldset className="field" aria-describedby={errorId} aria-invalid={Boolean(error) || undefined}>
      <legend className="field-label">{roomFieldLabel('modeKey')}</legend>
      {error && <FieldError id={errorId}>{error}</FieldError>}
      <div className="choice-cards">
        {options.map((option, index) => {
          const key = modeChoiceKey(option.choice);
          const id = `${idPrefix}-${index}`;
          return (
            <div className="choice-card" key={key}>
              <input
                type="radio"
                id={id}
                value={key}
                aria-describedby={`${id}-description`}
                {...register('modeKey')}
              />
              <div>
                <label htmlFor={id} className="choice-label">
                  {option.label}
                </label>
                <p id={`${id}-description`} className="choice-description">
                  {option.description}
                </p>
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
