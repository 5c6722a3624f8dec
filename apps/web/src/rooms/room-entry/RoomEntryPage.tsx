import type { MeResponse, RoomBody } from '@lti-rooms/contracts';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { combineResources } from '../../api/combine-resources';
import { useMe } from '../../api/me';
import { useRoom, useWaitingCounts } from '../rooms-api';
import { PageResourceView } from '../../components/ResourceView';
import { RoomStatusBadge, WaitingBadge } from '../RoomList';
import { formatOpensIn, formatSchedule } from '../room-format';
import { t } from '../../i18n';
import { browserZone } from '../time-frame';
import { Alert, Page } from '../../ui';
import { AttendanceSection } from '../../attendance/AttendanceSection';
import { MyAttendanceSection } from '../../attendance/MyAttendanceSection';
import { LikeButton } from './LikeButton';
import { RoomActions } from './RoomActions';
import { retiredModeNotice, roomModeLabel } from '../../text/mode-text';
import { ShareButton } from './ShareButton';

/** A room's entry page: what it is, when it is open, and the way in. */
export function RoomEntryPage() {
  const { roomId = '' } = useParams<{ roomId: string }>();
  const data = combineResources(useMe(), useRoom(roomId));
  return (
    <PageResourceView resource={data} loadingLabel={t('rooms.entry.loading')} errorTitle={t('rooms.entry.loadError')}>
      {([me, room]) => <RoomEntryView me={me} room={room} />}
    </PageResourceView>
  );
}

function RoomEntryView({ me, room }: { me: MeResponse; room: RoomBody }) {
  const zone = useMemo(browserZone, []);
  const opensIn = formatOpensIn(room.status);
  const earlyEntry = room.availability.kind === 'scheduled' && room.status.kind !== 'ended' && room.earlyEntryMinutes > 0;
  return (
    <Page title={room.name} breadcrumb={<ChannelBreadcrumb me={me} />}>
      {room.modeRetired && room.permissions.edit && (
        <Alert tone="warning" title={t('rooms.entry.retiredModeTitle')}>
          <p>{retiredModeNotice()}</p>
        </Alert>
      )}
      <div className="entry-toolbar">
        <LikeButton room={room} />
        <ShareButton roomId={room.id} canPlace={room.permissions.publish} />
      </div>

      <section className="panel" aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">{t('rooms.entry.whenHeading')}</h2>
        <p data-testid="room-schedule">{formatSchedule(room.availability, zone)}</p>
        <p className="entry-status">
          {/* "Always open" is said once, by the schedule above. */}
          {room.status.kind !== 'always-open' && <RoomStatusBadge room={room} zone={zone} />}
          {opensIn && <span className="muted">{opensIn}</span>}
          <RoomWaitingBadge room={room} />
        </p>
        <p className="muted small">{earlyEntry ? t('rooms.entry.modeWithEarlyEntry', { mode: roomModeLabel(room), minutes: room.earlyEntryMinutes }) : roomModeLabel(room)}</p>
        <RoomActions room={room} />
      </section>

      {(room.description.trim() !== '' || room.tags.length > 0) && (
        <section className="panel" aria-labelledby="about-heading">
          <h2 id="about-heading">{t('rooms.entry.aboutHeading')}</h2>
          {room.description.trim() !== '' && (
            // The server sanitises the description; this is the only HTML the app renders as such.
            <div className="room-description" data-testid="room-description" dangerouslySetInnerHTML={{ __html: room.description }} />
          )}
          {room.tags.length > 0 && (
            <ul className="tag-list" aria-label={t('rooms.entry.tags')}>
              {room.tags.map((tag) => (
                <li key={tag} className="badge badge-neutral">
                  {tag}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {room.permissions.viewAttendance ? <AttendanceSection roomId={room.id} canResend={room.permissions.edit} /> : <MyAttendanceSection roomId={room.id} />}
    </Page>
  );
}

/** Hosts: who waits to be let in, kept fresh while the page is open. */
function RoomWaitingBadge({ room }: { room: RoomBody }) {
  const counts = useWaitingCounts(`/api/rooms/${encodeURIComponent(room.id)}/waiting`, room.permissions.start);
  return <WaitingBadge count={counts.get(room.id) ?? 0} />;
}

/** Back to the course this tab was launched from; My Rooms when launched without one. */
export function ChannelBreadcrumb({ me }: { me: MeResponse }) {
  if (me.channel) return <Link to={`/channels/${encodeURIComponent(me.channel.id)}`}>{me.channel.title}</Link>;
  return <Link to="/my-rooms">{t('rooms.myRooms.title')}</Link>;
}
