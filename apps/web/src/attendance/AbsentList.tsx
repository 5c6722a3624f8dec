import type { SessionAttendance } from '@lti-rooms/contracts';
import { t } from '../i18n';

/**
 * The course's students who never came to a scheduled session. Nothing when the server could
 * not tell (no schedule, or the LMS offers no roster): an empty list means everyone came.
 */
export function AbsentList({ sessionId, absentees }: { sessionId: string; absentees: SessionAttendance['absentees'] }) {
  if (absentees === null) return null;
  const headingId = `absent-heading-${sessionId}`;
  return (
    <div className="absent-list" data-testid="absentees">
      <h3 id={headingId} className="small">
        {t('attendance.absent.heading', { count: absentees.length })}
      </h3>
      {absentees.length === 0 ? (
        <p className="muted">{t('attendance.absent.none')}</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {absentees.map((person) => (
            <li key={person.ltiUserId} className="break-anywhere">
              {person.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
