import { useId } from 'react';
import { t, tRich } from '../../i18n';
import { Button, VisuallyHidden } from '../../ui';
import type { WaitingRoom } from './use-waiting-room';

/** Hosts: Lock room (as in Kaltura), and the people waiting with Admit and Admit all. */
export function WaitingRoomControls({ room }: { room: WaitingRoom }) {
  const headingId = useId();
  const switchId = useId();
  const { locked, waiting } = room;
  return (
    <section className="panel waiting-room-controls" aria-labelledby={headingId} data-testid="waiting-room-controls">
      <h2 id={headingId}>{t('meetings.waitingRoom.title')}</h2>
      <div className="switch-row">
        <input type="checkbox" role="switch" id={switchId} className="switch" checked={locked} aria-describedby={`${switchId}-hint`} onChange={(event) => room.setLocked(event.target.checked)} />
        <label htmlFor={switchId}>{t('meetings.waitingRoom.lock')}</label>
        <span id={`${switchId}-hint`} className="small muted">
          {locked ? t('meetings.waitingRoom.lockedHint') : t('meetings.waitingRoom.unlockedHint')}
        </span>
      </div>
      <p role="status" data-testid="host-waiting-count">
        {waiting.length === 0 ? (locked ? t('meetings.waitingRoom.nobodyWaiting') : '') : t('meetings.waitingRoom.peopleWaiting', { count: waiting.length })}
      </p>
      {room.problem && <p role="alert">{room.problem}</p>}
      {waiting.length > 0 && (
        <>
          <ul className="waiting-list" aria-label={t('meetings.waitingRoom.listLabel')}>
            {waiting.map((person) => (
              <li key={person.participantId}>
                <span>{person.name}</span>
                <Button variant="secondary" onClick={() => room.admit(person.participantId)}>
                  {tRich('meetings.waitingRoom.admitName', { name: person.name, hidden: (chunks) => <VisuallyHidden>{chunks}</VisuallyHidden> })}
                </Button>
              </li>
            ))}
          </ul>
          {waiting.length > 1 && <Button onClick={room.admitAll}>{t('meetings.waitingRoom.admitAll')}</Button>}
        </>
      )}
    </section>
  );
}
