import type { RoomListItem } from '@lti-rooms/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../i18n';
import { formatStatus, statusTone } from './room-format';
import { roomModeLabel } from '../text/mode-text';
import { Badge } from '../ui';

interface RoomListProps {
  rooms: readonly RoomListItem[];
  zone: string;
  /** Extra content per room, e.g. a Restore button. */
  renderExtra?: (room: RoomListItem) => ReactNode;
  /** Deleted rooms have no entry page to link to. */
  linkNames?: boolean;
  /** Hosts: people waiting to be let in, per room. */
  waitingCounts?: ReadonlyMap<string, number>;
}

/** Rooms in the order given (the server sorts them soonest first): name, mode and status. */
export function RoomList({ rooms, zone, renderExtra, linkNames = true, waitingCounts }: RoomListProps) {
  return (
    <ul className="room-list">
      {rooms.map((room) => (
        <li key={room.id} className="room-item" data-testid="room-item" data-room-id={room.id}>
          <div className="room-item-main">
            <h3 className="room-item-name">
              {linkNames ? <Link to={`/rooms/${encodeURIComponent(room.id)}`}>{room.name}</Link> : room.name}
            </h3>
            <p className="room-item-meta">
              <span className="muted">{roomModeLabel(room)}</span>
              <RoomStatusBadge room={room} zone={zone} />
              <WaitingBadge count={waitingCounts?.get(room.id) ?? 0} />
            </p>
          </div>
          {renderExtra && <div className="room-item-extra">{renderExtra(room)}</div>}
        </li>
      ))}
    </ul>
  );
}

/** Hosts: "2 people waiting", while anyone waits to be let in. */
export function WaitingBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <Badge tone="warning" data-testid="room-waiting">
      {t('rooms.list.waiting', { count })}
    </Badge>
  );
}

export function RoomStatusBadge({ room, zone }: { room: RoomListItem; zone: string }) {
  return (
    <Badge tone={statusTone(room.status)} data-testid="room-status" data-status={room.status.kind}>
      {formatStatus(room.status, zone)}
    </Badge>
  );
}
