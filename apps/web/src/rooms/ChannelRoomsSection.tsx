import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useChannelRooms, useWaitingCounts } from './rooms-api';
import { ResourceView } from '../components/ResourceView';
import { t } from '../i18n';
import { RoomList } from './RoomList';
import { browserZone } from './time-frame';

interface ChannelRoomsSectionProps {
  channelId: string;
  canCreate: boolean;
  /** May start meetings here (managers and moderators): sees who waits in each room. */
  canHost: boolean;
}

/** The course's rooms, soonest first, with "Create a room" for its managers. */
export function ChannelRoomsSection({ channelId, canCreate, canHost }: ChannelRoomsSectionProps) {
  const rooms = useChannelRooms(channelId);
  const waitingCounts = useWaitingCounts(`/api/channels/${encodeURIComponent(channelId)}/waiting`, canHost);
  const zone = useMemo(browserZone, []);

  return (
    <section className="panel" aria-labelledby="rooms-heading">
      <div className="section-heading-row">
        <h2 id="rooms-heading">{t('rooms.channel.roomsHeading')}</h2>
        {canCreate && (
          <Link className="button button-primary" to={`/channels/${encodeURIComponent(channelId)}/rooms/new`}>
            {t('rooms.list.createRoom')}
          </Link>
        )}
      </div>
      <ResourceView resource={rooms} loadingLabel={t('rooms.channel.loadingRooms')} errorTitle={t('rooms.channel.roomsLoadError')}>
        {({ rooms: list }) =>
          list.length === 0 ? (
            <p className="muted">{t('rooms.channel.noRooms')}</p>
          ) : (
            <>
              <p className="small muted">{t('rooms.list.timeZoneNote', { zone })}</p>
              <RoomList rooms={list} zone={zone} waitingCounts={waitingCounts} />
            </>
          )
        }
      </ResourceView>
    </section>
  );
}
