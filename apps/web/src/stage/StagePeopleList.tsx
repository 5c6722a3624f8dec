import type { StageCommandBody, StageParticipantBody } from '@lti-rooms/contracts';
import { useId, type ReactNode } from 'react';
import { StagePersonItem } from './StagePersonItem';

interface StagePeopleListProps {
  title: string;
  people: StageParticipantBody[];
  /** Shown instead of an empty list. */
  empty: string;
  myUserId: string;
  busyUserIds: ReadonlySet<string>;
  onCommand: (command: StageCommandBody) => void;
  /** Between the heading and the list (the viewers' search). */
  children?: ReactNode;
}

/** One section of the participants panel: a heading that names its list. */
export function StagePeopleList({ title, people, empty, myUserId, busyUserIds, onCommand, children }: StagePeopleListProps) {
  const headingId = useId();
  return (
    <div className="stage-people">
      <h3 id={headingId} className="stage-people-title">
        {title}
      </h3>
      {children}
      {people.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <ul className="stage-people-list" aria-labelledby={headingId}>
          {people.map((person) => (
            <StagePersonItem key={person.userId} person={person} myUserId={myUserId} busy={busyUserIds.has(person.userId)} onCommand={onCommand} />
          ))}
        </ul>
      )}
    </div>
  );
}
