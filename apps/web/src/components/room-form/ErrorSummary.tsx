import type { FieldErrors } from 'react-hook-form';
import type { RoomFormField, RoomFormValues } from '../../rooms/room-form-schema';
import { ROOM_FORM_FIELD_LABELS, ROOM_FORM_FIELD_ORDER, type RoomFieldIds } from './field-ids';

interface ErrorSummaryProps {
  errors: FieldErrors<RoomFormValues>;
  ids: RoomFieldIds;
  /** Ids of the first control of a group (the first radio), where focus should land. */
  focusTargets: Partial<Record<RoomFormField, string>>;
}

/**
 * After a failed submit: announced at once (role="alert"), listing every problem with a
 * link that moves focus to the field. Each field also shows its own message.
 */
export function ErrorSummary({ errors, ids, focusTargets }: ErrorSummaryProps) {
  const problems = ROOM_FORM_FIELD_ORDER.flatMap((field) => {
    const message = errors[field]?.message;
    return message ? [{ field, message }] : [];
  });
  return (
    <div role="alert" className={problems.length > 0 ? 'alert alert-error' : undefined}>
      {problems.length > 0 && (
        <>
          <p className="alert-title">
            {problems.length === 1 ? 'There is a problem with the form' : `There are ${problems.length} problems with the form`}
          </p>
          <ul className="alert-body">
            {problems.map(({ field, message }) => {
              const target = focusTargets[field] ?? ids[field];
              return (
                <li key={field}>
                  <a
                    href={`#${target}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(target)?.focus();
                    }}
                  >
                    {ROOM_FORM_FIELD_LABELS[field]}: {message}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
