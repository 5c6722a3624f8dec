import { t } from '../i18n';

interface LoadingProps {
  /** What is loading, read out to screen readers and shown next to the spinner. */
  label?: string;
}

/** A spinner with a text label in a polite live region, so waiting is announced, not just drawn. */
export function Loading({ label = t('common.loading') }: LoadingProps) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}

/** Decorative only; pair it with visible text (as Loading does). */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}
