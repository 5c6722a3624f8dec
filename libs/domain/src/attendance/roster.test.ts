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
