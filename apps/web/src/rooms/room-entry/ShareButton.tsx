import { useState } from 'react';
import { t } from '../../i18n';
import { Button } from '../../ui';

/** A decorative symbol, hidden from screen readers: no word to translate. */
const SHARE_ICON = '➦';

type ShareState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; link: string };

interface ShareButtonProps {
  roomId: string;
  /** People who publish the room are also told how to place it on a course page (Deep Linking). */
  canPlace: boolean;
}

/**
 * Copies the room's link. It carries no token: in a browser with a recent launch it opens
 * the room; anywhere else it names the room and its courses and sends people through their
 * LMS (pages/NoSessionPage.tsx). Inside an LMS iframe the clipboard may be refused; then
 * the link is shown to copy by hand.
 */
export function ShareButton({ roomId, canPlace }: ShareButtonProps) {
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
        <span aria-hidden="true" className="icon-directional">{SHARE_ICON}</span>
        {t('rooms.share.button')}
      </Button>
      <span role="status" className="share-status" data-testid="share-status">
        {state.kind === 'copied' && t('rooms.share.copied')}
        {state.kind === 'manual' && (
          <label className="share-manual">
            {t('rooms.share.manual')} <input type="text" readOnly value={state.link} onFocus={(event) => event.currentTarget.select()} />
          </label>
        )}
        {state.kind !== 'idle' && canPlace && (
          <span className="small muted share-place"> {t('rooms.share.placeHint')}</span>
        )}
      </span>
    </>
  );
}
