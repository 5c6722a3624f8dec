import { LIS } from './lis';
import type { DemoUser } from './types';

/** Mail domain reserved for examples (RFC 2606), so nothing is ever delivered anywhere. */
const MAIL_DOMAIN = 'dev-lms.example';

function demoUser(id: string, givenName: string, familyName: string, roles: string[]): DemoUser {
  return { id, name: `${givenName} ${familyName}`, givenName, familyName, email: `${id}@${MAIL_DOMAIN}`, roles };
}

/** Thirty distinct students, enough to exercise NRPS paging and busy rooms. */
const STUDENT_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['Sam', 'Student'],
  ['Priya', 'Patel'],
  ['Liam', 'Murphy'],
  ['Amara', 'Okafor'],
  ['Jonas', 'Becker'],
  ['Mei', 'Chen'],
  ['Diego', 'Alvarez'],
  ['Fatima', 'Haddad'],
  ['Noah', 'Williams'],
  ['Sofia', 'Rossi'],
  ['Kenji', 'Tanaka'],
  ['Aisha', 'Bello'],
  ['Lucas', 'Martin'],
  ['Ingrid', 'Larsen'],
  ['Mateo', 'Silva'],
  ['Hannah', 'Kowalski'],
  ['Omar', 'Farouk'],
  ['Chloe', 'Dubois'],
  ['Ravi', 'Kumar'],
  ['Elena', 'Popescu'],
  ['Kwame', 'Mensah'],
  ['Zara', 'Hussain'],
  ['Oliver', 'Brown'],
  ['Yuna', 'Park'],
  ['Felix', 'Schneider'],
  ['Lucia', 'Fernandez'],
  ['Ethan', 'Nguyen'],
  ['Nadia', 'Ivanova'],
  ['Tariq', 'Rahman'],
  ['Grace', 'Walker'],
];

const STUDENTS: DemoUser[] = STUDENT_NAMES.map(([given, family], index) =>
  demoUser(`student${String(index + 1).padStart(2, '0')}`, given, family, [LIS.learner, LIS.institutionStudent]),
);

/**
 * The demo roster. Ids are stable because tests and saved browser sessions refer to them.
 * The TA carries both Instructor and TeachingAssistant, exactly as Canvas sends them.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  demoUser('instructor', 'Ada', 'Instructor', [LIS.instructor, LIS.institutionFaculty]),
  demoUser('ta', 'Tomas', 'Assistant', [LIS.instructor, LIS.teachingAssistant]),
  demoUser('admin', 'Grace', 'Admin', [LIS.institutionAdministrator, LIS.instructor]),
  demoUser('observer', 'Oscar', 'Observer', [LIS.mentor]),
  ...STUDENTS,
];

/** The observer mentors the first student, so the id_token can carry role_scope_mentor. */
export const MENTORED_USER_IDS: Readonly<Record<string, string[]>> = { observer: ['student01'] };

export function findDemoUser(userId: string): DemoUser | undefined {
  return DEMO_USERS.find((user) => user.id === userId);
}

/**
 * Load tests need a new user on every launch, more than the fixed roster holds. A login
 * hint like `bench-42` names a learner made up on the spot; such users are not on the
 * roster (course page, NRPS), just as a freshly enrolled student the tool has not seen.
 */
export const SYNTHETIC_USER_ID = /^bench-(\d{1,12})$/;

function syntheticUser(userId: string): DemoUser | undefined {
  const number = SYNTHETIC_USER_ID.exec(userId)?.[1];
  if (number === undefined) return undefined;
  return demoUser(userId, 'Bench', `Learner ${number}`, [LIS.learner, LIS.institutionStudent]);
}

/** A demo user, or a synthetic learner for a `bench-<n>` id: whoever may launch. */
export function findLaunchUser(userId: string): DemoUser | undefined {
  return findDemoUser(userId) ?? syntheticUser(userId);
}

/** Copies, so callers cannot change the roster other code relies on. */
export function demoUsersCopy(): DemoUser[] {
  return DEMO_USERS.map((user) => ({ ...user, roles: [...user.roles] }));
}
