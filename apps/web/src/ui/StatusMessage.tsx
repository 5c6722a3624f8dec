import { useEffect, useRef } from 'react';

/**
 * A polite live region for "saved", "copied", "restored". It is always in the DOM (empty
 * when idle) so screen readers announce the text when it appears. A tall form puts it far
 * above the button that was pressed (inside an LMS iframe of 679 px): a new message is
 * scrolled into view, so everyone sees it too.
 */
export function StatusMessage({ message, className }: { message: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!message || !element) return;
    const { top, bottom } = element.getBoundingClientRect();
    if (top < 0 || bottom > window.innerHeight) element.scrollIntoView({ block: 'nearest' });
  }, [message]);
  return (
    <div ref={ref} role="status" className={['status-message', className].filter(Boolean).join(' ')}>
      {message}
    </div>
  );
}
