import { mapLtiRoles } from '../role-mapping';

/** A course member as the LMS's roster (NRPS) lists them. */
export interface RosterPerson {
  ltiUserId: string;
  name: string;
  roles: string[];
}

/**
 * Whose attendance is expected and graded: those the role mapping makes plain participants.
 * Teachers, assistants and administrators are not, and neither are mentors and observers,
 * who watch a student's course rather than take it.
 */
export function isExpectedAttendee(roles: readonly string[]): boolean {
  const mapped = mapLtiRoles(roles);
  return mapped.channelRole === 'participant' && !mapped.isObserver;
}

const byName = (a: RosterPerson, b: RosterPerson) => a.name.localeCompare(b.name) || a.ltiUserId.localeCompare(b.ltiUserId);

/** The roster's learners, by name. */
export function learnersOf(roster: readonly RosterPerson[]): RosterPerson[] {
  return roster.filter((person) => isExpectedAttendee(person.roles)).sort(byName);
}

/** The roster's learners who never came (SPEC "absentees from the roster"), by name. */
export function absenteesOf(roster: readonly RosterPerson[], attendedLtiUserIds: ReadonlySet<string>): RosterPerson[] {
  return learnersOf(roster).filter((person) => !attendedLtiUserIds.has(person.ltiUserId));
}
