import type { RoomBody, RoomListItem } from '@lti-rooms/contracts';
import { restoreRoom } from './rooms-api';
import { useAsyncAction } from '../api/use-async-action';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { formatDate } from './room-format';
import { t, tRich } from '../i18n';
import { Button, VisuallyHidden } from '../ui';

interface RestoreButtonProps {
  room: RoomListItem;
  zone: string;
  onRestored: (room: RoomBody) => void;
}

/** "Restorable until …" and Restore, for a room deleted in the last 30 days. */
export function RestoreButton({ room, zone, onRestored }: RestoreButtonProps) {
  const restore = useAsyncAction(() => restoreRoom(room.id));

  async function onClick() {
    if (restore.pending) return;
    const result = await restore.run();
    if (result) onRestored(result);
  }

  return (
    <div className="restore">
      {room.restorableUntil && (
        <p className="small muted" data-testid="restorable-until">
          {t('rooms.restore.until', { date: formatDate(room.restorableUntil, zone) })}
        </p>
      )}
      {room.permissions.restore && (
        <Button variant="secondary" onClick={onClick} aria-disabled={restore.pending || undefined}>
          {tRich('rooms.restore.button', { name: room.name, hidden: (chunks) => <VisuallyHidden>{chunks}</VisuallyHidden> })}
        </Button>
      )}
      {restore.error && <ApiErrorAlert error={restore.error} title={t('rooms.restore.error')} />}
    </div>
  );
}
