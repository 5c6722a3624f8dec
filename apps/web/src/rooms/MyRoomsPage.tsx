import type { RoomBody, RoomListItem } from '@lti-rooms/contracts';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useMe } from '../api/me';
import { useMyRooms } from './rooms-api';
import { appNavigation } from '../components/AppNavigation';
import { ResourceView } from '../components/ResourceView';
import { RoomList } from './RoomList';
import { browserZone } from './time-frame';
import { t } from '../i18n';
import { Page, StatusMessage } from '../ui';
import { RestoreButton } from './RestoreButton';

/** Rooms the user owns or co-edits, across courses, and those deleted in the last 30 days. */
export function MyRoomsPage() {
  const rooms = useMyRooms();
  const zone = useMemo(browserZone, []);
  // "Deleted" arrives from the edit page via navigation state; "restored" is set here.
  const location = useLocation();
  const [notice, setNotice] = useState(() => noticeFrom(location.state));
  const me = useMe();
  const channel = me.status === 'success' ? me.data.channel : null;

  return (
    <Page
      title={t('rooms.myRooms.title')}
      navigation={me.status === 'success' ? appNavigation(me.data) : undefined}
      breadcrumb={channel && <Link to={`/channels/${encodeURIComponent(channel.id)}`}>{channel.title}</Link>}
      actions={
        // Only those who manage a course create rooms: nobody fills in a form only to be refused.
        me.status === 'success' && me.data.canCreateRooms ? (
          <Link className="button button-primary" to="/my-rooms/new">
            {t('rooms.list.createRoom')}
          </Link>
        ) : undefined
      }
    >
      <StatusMessage message={notice} />
      <ResourceView resource={rooms} loadingLabel={t('rooms.myRooms.loading')} errorTitle={t('rooms.myRooms.loadError')}>
        {(data) => <MyRoomsLists rooms={data.rooms} zone={zone} onRestored={(room) => setNotice(t('rooms.myRooms.restored', { name: room.name }))} />}
      </ResourceView>
    </Page>
  );
}

interface MyRoomsListsProps {
  rooms: readonly RoomListItem[];
  zone: string;
  onRestored: (room: RoomBody) => void;
}

function MyRoomsLists({ rooms: loaded, zone, onRestored }: MyRoomsListsProps) {
  // A restored room moves up to "Your rooms" in place, without reloading the page.
  const [rooms, setRooms] = useState(loaded);
  const active = rooms.filter((room) => room.deletedAt === null);
  const deleted = rooms.filter((room) => room.deletedAt !== null);

  function restored(room: RoomBody) {
    setRooms((list) => list.map((entry) => (entry.id === room.id ? room : entry)));
    onRestored(room);
  }

  return (
    <>
      <section className="panel" aria-labelledby="my-rooms-heading">
        <h2 id="my-rooms-heading">{t('rooms.myRooms.yourRooms')}</h2>
        {active.length === 0 ? (
          <p className="muted">{t('rooms.myRooms.empty')}</p>
        ) : (
          <>
            <p className="small muted">{t('rooms.list.timeZoneNote', { zone })}</p>
            <RoomList rooms={active} zone={zone} />
          </>
        )}
      </section>
      {deleted.length > 0 && (
        <section className="panel" aria-labelledby="deleted-heading">
          <h2 id="deleted-heading">{t('rooms.myRooms.recentlyDeleted')}</h2>
          <p className="small muted">{t('rooms.myRooms.deletedNote')}</p>
          <RoomList
            rooms={deleted}
            zone={zone}
            linkNames={false}
            renderExtra={(room) => <RestoreButton room={room} zone={zone} onRestored={restored} />}
          />
        </section>
      )}
    </>
  );
}

function noticeFrom(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return '';
  return typeof state.notice === 'string' ? state.notice : '';
}
