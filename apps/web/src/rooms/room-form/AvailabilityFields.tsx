import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { RoomFormValues } from '../room-form-schema';
import { Field, FieldError } from '../../ui';
import { t, tRich } from '../../i18n';
import { roomFieldLabel, type RoomFieldIds } from './field-ids';

interface AvailabilityFieldsProps {
  ids: RoomFieldIds;
  zone: string;
  control: Control<RoomFormValues>;
  register: UseFormRegister<RoomFormValues>;
  errors: FieldErrors<RoomFormValues>;
}

/** The two kinds, worded at render time so the words follow the page's language. */
function availabilityKinds() {
  return [
    { value: 'always', label: t('roomForms.availability.alwaysLabel'), hint: t('roomForms.availability.alwaysHint') },
    { value: 'scheduled', label: t('roomForms.availability.scheduledLabel'), hint: t('roomForms.availability.scheduledHint') },
  ] as const;
}

/** Room availability: always open, or a time frame in the user's zone with early entry. */
export function AvailabilityFields({ ids, zone, control, register, errors }: AvailabilityFieldsProps) {
  const kind = useWatch({ control, name: 'availabilityKind' });
  const kindError = errors.availabilityKind?.message;
  const zoneId = `${ids.availabilityKind}-zone`;

  return (
    <fieldset className="field">
      <legend className="field-label">{roomFieldLabel('availabilityKind')}</legend>
      {kindError && <FieldError id={`${ids.availabilityKind}-error`}>{kindError}</FieldError>}
      <div className="choice-row">
        {availabilityKinds().map((option) => {
          const id = `${ids.availabilityKind}-${option.value}`;
          return (
            <div className="choice-inline" key={option.value}>
              <input type="radio" id={id} value={option.value} aria-describedby={`${id}-hint`} {...register('availabilityKind')} />
              <label htmlFor={id}>{option.label}</label>
              <span id={`${id}-hint`} className="visually-hidden">
                {option.hint}
              </span>
            </div>
          );
        })}
      </div>

      {kind === 'scheduled' && (
        <div className="time-frame">
          <p id={zoneId} className="field-hint">
            {tRich('roomForms.availability.zoneNote', { zone, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
          <div className="field-row">
            <Field id={ids.start} label={roomFieldLabel('start')} required error={errors.start?.message}>
              {(props) => <input type="datetime-local" {...props} aria-describedby={joinIds(props['aria-describedby'], zoneId)} {...register('start')} />}
            </Field>
            <Field id={ids.end} label={roomFieldLabel('end')} required error={errors.end?.message}>
              {(props) => <input type="datetime-local" {...props} aria-describedby={joinIds(props['aria-describedby'], zoneId)} {...register('end')} />}
            </Field>
          </div>
          <Field
            id={ids.earlyEntryMinutes}
            label={t('roomForms.availability.earlyEntryLabel')}
            hint={t('roomForms.availability.earlyEntryHint')}
            error={errors.earlyEntryMinutes?.message}
          >
            {(props) => (
              <input type="number" min={0} max={120} step={1} inputMode="numeric" className="input-short" {...props} {...register('earlyEntryMinutes')} />
            )}
          </Field>
        </div>
      )}
    </fieldset>
  );
}

function joinIds(...ids: (string | undefined)[]): string {
  return ids.filter(Boolean).join(' ');
}
