import { attendanceMatrix } from './attendance-matrix';
import { absenteesOf, isExpectedAttendee, learnersOf } from './roster';

const LIS = 'http://purl.imsglobal.org/vocab/lis/v2/membership';
const person = (ltiUserId: string, name: string, roles: string[]) => ({ ltiUserId, name, roles });
const roster = [
  person('t1', 'Teacher', [`${LIS}#Instructor`]),
  person('s2', 'Zoë', [`${LIS}#Learner`]),
  person('s1', 'Ana', [`${LIS}#Learner`]),
  person('ta', 'Assistant', [`${LIS}#Instructor`, `${LIS}/Instructor#TeachingAssistant`]),
  person('m1', 'Parent', [`${LIS}#Mentor`]),
  person('s3', 'Bo', ['Learner']),
];

describe('who is expected to attend', () => {
  it.each([
    [[`${LIS}#Learner`], true],
    [['Learner'], true],
    [[`${LIS}#Member`], true],
    [[`${LIS}#Instructor`], false],
    [[`${LIS}#Mentor`], false],
    [[`${LIS}#Learner`, `${LIS}#Instructor`], false],
  ])('%o → %s', (roles, expected) => {
    expect(isExpectedAttendee(roles)).toBe(expected);
  });

  it('learners by name; the absent are those who never came', () => {
    expect(learnersOf(roster).map((p) => p.name)).toEqual(['Ana', 'Bo', 'Zoë']);
    expect(absenteesOf(roster, new Set(['s1', 't1'])).map((p) => p.ltiUserId)).toEqual(['s3', 's2']);
    expect(absenteesOf(roster, new Set(['s1', 's2', 's3']))).toEqual([]);
  });
});

describe('attendanceMatrix', () => {
  it('students × sessions with totals; a missed session is 0; only students count as present', () => {
    const matrix = attendanceMatrix(
      [
        { sessionId: 'x', durationSeconds: 3600, rows: [{ userId: 'a', secondsPresent: 3600 }, { userId: 'host', secondsPresent: 3600 }] },
        { sessionId: 'y', durationSeconds: 1800, rows: [{ userId: 'a', secondsPresent: 900 }, { userId: 'b', secondsPresent: 1800 }] },
      ],
      [{ userId: 'a' }, { userId: 'b' }, { userId: 'c' }],
    );
    expect(matrix.students).toEqual([
      { userId: 'a', cells: [{ sessionId: 'x', minutesPresent: 60, percentOfSession: 100 }, { sessionId: 'y', minutesPresent: 15, percentOfSession: 50 }], totalMinutes: 75, sessionsAttended: 2 },
      { userId: 'b', cells: [{ sessionId: 'x', minutesPresent: 0, percentOfSession: 0 }, { sessionId: 'y', minutesPresent: 30, percentOfSession: 100 }], totalMinutes: 30, sessionsAttended: 1 },
      { userId: 'c', cells: [{ sessionId: 'x', minutesPresent: 0, percentOfSession: 0 }, { sessionId: 'y', minutesPresent: 0, percentOfSession: 0 }], totalMinutes: 0, sessionsAttended: 0 },
    ]);
    expect(matrix.sessions).toEqual([{ sessionId: 'x', presentCount: 1 }, { sessionId: 'y', presentCount: 2 }]);
  });
});
