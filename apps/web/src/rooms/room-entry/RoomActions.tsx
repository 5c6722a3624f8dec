import type { RoomBody } from '@lti-rooms/contracts';
import { useNavigate } from 'react-router-dom';
import { t } from '../../i18n';
import { Button } from '../../ui';

/** Start Meeting for hosts, Join for everyone else who may enter, Edit for editors. */
export function RoomActions({ room }: { room: RoomBody }) {
  const navigate = useNavigate();
  const base = `/rooms/${encodeURIComponent(room.id)}`;
  const { edit } = room.permissions;
  // A time frame that has ended lets nobody in, hosts included: to meet again, an editor moves it.
  const ended = room.status.kind === 'ended';
  const start = room.permissions.start && !ended;
  const join = room.permissions.join && !ended;
  if (!start && !join && !edit) return ended ? <p className="muted">{t('rooms.actions.ended')}</p> : null;

  return (
    <div className="button-row">
      {ended && <p className="muted">{t(edit ? 'rooms.actions.endedEditHint' : 'rooms.actions.ended')}</p>}
      {start && <Button onClick={() => navigate(`${base}/meeting`)}>{t('rooms.actions.startMeeting')}</Button>}
      {join && !start && <Button onClick={() => navigate(`${base}/meeting`)}>{t('rooms.actions.join')}</Button>}
      {edit && (
        <Button variant="secondary" onClick={() => navigate(`${base}/edit`)}>
          {t('rooms.actions.edit')}
        </Button>
      )}
    </div>
  );
}
