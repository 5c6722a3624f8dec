import type { RoomBody } from '@lti-rooms/contracts';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { deleteRoom } from '../rooms-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { t, tRich } from '../../i18n';
import { Button, ConfirmDialog } from '../../ui';

/** What deleting means (soft, restorable for 30 days) and the button that asks before it does it. */
export function DeleteTab({ room }: { room: RoomBody }) {
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const remove = useAsyncAction(() => deleteRoom(room.id).then(() => true));
  const live = room.status.kind === 'live' ? room.status : null;

  async function onDelete() {
    const deleted = await remove.run();
    setAsking(false);
    if (deleted) void navigate('/my-rooms', { state: { notice: t('roomForms.delete.deleted', { name: room.name }) } });
  }

  return (
    <>
      <h2>{t('roomForms.delete.heading')}</h2>
      <p>{tRich('roomForms.delete.explanation', { name: room.name, strong })}</p>
      <p>{tRich('roomForms.delete.restore', { strong })}</p>
      {remove.error && <ApiErrorAlert error={remove.error} title={t('roomForms.delete.error')} />}
      <Button className="button-danger" onClick={() => setAsking(true)} disabled={remove.pending}>
        {t('roomForms.delete.button')}
      </Button>
      {asking && (
        <ConfirmDialog
          title={t('roomForms.delete.confirmTitle', { name: room.name })}
          confirmLabel={t(live ? 'roomForms.delete.confirmLive' : 'roomForms.delete.button')}
          danger
          pending={remove.pending}
          onConfirm={() => void onDelete()}
          onCancel={() => setAsking(false)}
        >
          {/* Said outright: deleting a room with a running session ends it for everyone in it. */}
          {live && (
            <p data-testid="delete-live-warning">{t('roomForms.delete.liveWarning', { count: live.participantCount })}</p>
          )}
          <p>{t('roomForms.delete.confirmText')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

function strong(chunks: ReactNode[]): ReactNode {
  return <strong>{chunks}</strong>;
}
