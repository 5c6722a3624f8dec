import type { ReactNode } from 'react';

/** Props a form control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
  required: boolean;
}

interface FieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  children: (control: FieldControlProps) => ReactNode;
}

// Decorations, hidden from screen readers and the same in every language: the words are elsewhere.
const REQUIRED_MARK = ' *';
const WARNING_MARK = '⚠ ';

/**
 * A labelled control. The hint and the error are linked to it with aria-describedby, so a
 * screen reader reads them when the control gets focus; the asterisk is decoration (the
 * control itself says "required").
 */
export function Field({ id, label, required = false, hint, error, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <div className="field-label">
        {/* The asterisk sits outside the label so the accessible name is exactly the label. */}
        <label htmlFor={id} id={fieldLabelId(id)}>
          {label}
        </label>
        {required && (
          <span className="field-required" aria-hidden="true">
            {REQUIRED_MARK}
          </span>
        )}
      </div>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && <FieldError id={errorId}>{error}</FieldError>}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': Boolean(error), required })}
    </div>
  );
}

/** The label's id, for controls a <label for> cannot name (a contenteditable editor). */
export const fieldLabelId = (id: string) => `${id}-label`;

/** An error message under a field or a group; the form's summary is what gets announced. */
export function FieldError({ id, children }: { id: string | undefined; children: ReactNode }) {
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">{WARNING_MARK}</span>
      {children}
    </p>
  );
}
