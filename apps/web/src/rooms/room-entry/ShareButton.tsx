import { useState } from 'react';
import { Button } from '../../ui';

type ShareState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; link: string };

/**
 * Copies the room's link (no token in it: whoever opens it launches from their course).
 * Inside an LMS iframe the clipboard may be refused; then the link is shown to copy by hand.
 */
export function ShareButton({ roomId }: { roomId: string }) {
  const [state, setState] = useState<ShareState>({ kind: 'idle' });
  const link = `${window.location.origin}/rooms/${encodeURIComponent(roomId)}`;

  async function share() {
    try {
      await navigator.clipboard.writeText(link);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', link });
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={share}>
        <span aria-hidden="true">➦ </span>Share
      </Button>
      <span role="status" className="share-status">
        {state.kind === 'copied' && 'Link copied'}
        {state.kind === 'manual' && (
          <label className="share-manual">
            Copy this link:{' '}
            <input type="text" readOnly value={state.link} onFocus={(event) => event.currentTarget.select()} />
          </label>
        )}
      </span>
    </>
  );
}
