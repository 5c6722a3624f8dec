/**
 * A polite live region for "saved", "copied", "restored". It is always in the DOM (empty
 * when idle) so screen readers announce the text when it appears.
 */
export function StatusMessage({ message, className }: { message: string; className?: string }) {
  return (
    <div role="status" className={['status-message', className].filter(Boolean).join(' ')}>
      {message}
    </div>
  );
}
