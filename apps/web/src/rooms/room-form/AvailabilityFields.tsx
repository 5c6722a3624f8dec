import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { RoomFormValues } from '../room-form-schema';
import { Field, FieldError } from '../../ui';
import type { RoomFieldIds } from './field-ids';

interface AvailabilityFieldsProps {
  ids: RoomFieldIds;
  zone: string;
  control: Control<RoomFormValues>;
  register: UseFormRegister<RoomFormValues>;
  errors: FieldErrors<RoomFormValues>;
}

const KINDS = [
  { value: 'always', label: 'Always open', hint: 'The room opens once a host starts it and then stays open.' },
  { value: 'scheduled', label: 'Specific time frame', hint: 'The room opens at the start time; participants may enter early.' },
] as const;

/** Room availability: always open, or a time frame in the user's zone with early entry. */
export function AvailabilityFields({ ids, zone, control, register, errors }: AvailabilityFieldsProps) {
  const kind = useWatch({ control, name: 'availabilityKind' });
  const kindError = errors.availabilityKind?.message;
  const zoneId = `${ids.availabilityKind}-zone`;

  return (
    <fieldset className="field">
      <legend className="field-label">Room availability</legend>
      {kindError && <FieldError id={`${ids.availabilityKind}-error`}>{kindError}</FieldError>}
      <div className="choice-row">
        {KINDS.map((option) => {
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
            Times are in your time zone, <strong>{zone}</strong>.
          </p>
          <div className="field-row">
            <Field id={ids.start} label="Start" required error={errors.start?.message}>
              {(props) => <input type="datetime-local" {...props} aria-describedby={joinIds(props['aria-describedby'], zoneId)} {...register('start')} />}
            </Field>
            <Field id={ids.end} label="End" required error={errors.end?.message}>
              {(props) => <input type="datetime-local" {...props} aria-describedby={joinIds(props['aria-describedby'], zoneId)} {...register('end')} />}
            </Field>
          </div>
          <Field
            id={ids.earlyEntryMinutes}
            label="Early entry (minutes before start)"
            hint="Participants may enter the waiting room this long before the start."
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
