import type { ReactNode } from 'react';

type AlertTone = 'error' | 'warning' | 'info';

interface AlertProps {
  tone?: AlertTone;
  title?: string;
  /** Overrides the tone's role, e.g. "alert" for a warning that must be heard at once. */
  role?: 'alert' | 'status';
  children?: ReactNode;
}

/**
 * A message box. Errors use role="alert" so assistive technology announces them at once;
 * calmer tones use role="status" so they do not interrupt.
 */
export function Alert({ tone = 'info', title, role, children }: AlertProps) {
  return (
    <div className={`alert alert-${tone}`} role={role ?? (tone === 'error' ? 'alert' : 'status')}>
      {title && <p className="alert-title">{title}</p>}
      {children && <div className="alert-body">{children}</div>}
    </div>
  );
}
