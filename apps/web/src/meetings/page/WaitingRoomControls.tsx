import { useId } from 'react';
import { formatPeople } from '../../rooms/room-format';
import { Button, VisuallyHidden } from '../../ui';
import type { WaitingRoom } from './use-waiting-room';

/** Hosts: Lock room (as in Kaltura), and the people waiting with Admit and Admit all. */
export function WaitingRoomControls({ room }: { room: WaitingRoom }) {
  const headingId = useId();
  const switchId = useId();
  const { locked, waiting } = room;
  return (
    <section className="panel waiting-room-controls" aria-labelledby={headingId} data-testid="waiting-room-controls">
      <h2 id={headingId}>Waiting room</h2>
      <div className="switch-row">
        <input type="checkbox" role="switch" id={switchId} className="switch" checked={locked} aria-describedby={`${switchId}-hint`} onChange={(event) => room.setLocked(event.target.checked)} />
        <label htmlFor={switchId}>Lock room</label>
        <span id={`${switchId}-hint`} className="small muted">
          {locked ? 'New arrivals wait until a host admits them.' : 'Everyone who arrives comes straight in.'}
        </span>
      </div>
      <p role="status" data-testid="host-waiting-count">
        {waiting.length === 0 ? (locked ? 'Nobody is waiting.' : '') : `${formatPeople(waiting.length)} waiting`}
      </p>
      {room.problem && <p role="alert">{room.problem}</p>}
      {waiting.length > 0 && (
        <>
          <ul className="waiting-list" aria-label="Waiting to be let in">
            {waiting.map((person) => (
              <li key={person.participantId}>
                <span>{person.name}</span>
                <Button variant="secondary" onClick={() => room.admit(person.participantId)}>
                  Admit<VisuallyHidden> {person.name}</VisuallyHidden>
                </Button>
              </li>
            ))}
          </ul>
          {waiting.length > 1 && <Button onClick={room.admitAll}>Admit all</Button>}
        </>
      )}
    </section>
  );
}
