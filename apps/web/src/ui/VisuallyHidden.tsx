import type { ReactNode } from 'react';

/** Text for screen readers only, e.g. the room a "Restore" button acts on. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
