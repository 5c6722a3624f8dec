import { learnersOf, roomScore, sessionScore, type RosterPerson } from '@lti-rooms/domain';
import type { GradeRule, SessionPerson } from '@lti-rooms/server-persistence';
import type { SessionWithReport } from './room-attendance';

export interface StudentScore {
  ltiUserId: string;
  /** The student's user row when they have launched the tool (for the comment's language). */
  userId: string | null;
  scoreGiven: number;
  secondsPresent: number;
  sessionSeconds: number;
}

/**
 * The scores one ended session gives the course's students under the room's rule. Students
 * are the roster's learners (absentees score 0); without a roster, those who came and did
 * not host. Averages run over the room's sessions up to this one, each absence counting 0.
 */
export function scoresForSession(
  input: { rule: GradeRule; sessionId: string; sessions: readonly SessionWithReport[]; people: ReadonlyMap<string, SessionPerson>; roster: readonly RosterPerson[] | null },
): StudentScore[] {
  const { rule, sessions, people, roster } = input;
  const graded = sessions.find((s) => s.session.id === input.sessionId);
  if (!graded) return [];
  const counted = rule.aggregation === 'average' ? sessions.filter((s) => s.endedAt !== null && s.endedAt <= (graded.endedAt ?? s.endedAt)) : [graded];
  const userIdBySub = new Map([...people].map(([userId, person]) => [person.ltiSub, userId]));
  const students = roster
    ? learnersOf(roster).map((person) => person.ltiUserId)
    : graded.report.rows.filter((row) => !people.get(row.userId)?.hostedSessions.has(graded.session.id)).map((row) => people.get(row.userId)?.ltiSub).filter((sub): sub is string => !!sub);
  return [...new Set(students)].map((ltiUserId) => {
    const userId = userIdBySub.get(ltiUserId) ?? null;
    const attendances = counted.map((s) => ({ secondsPresent: s.report.rows.find((row) => row.userId === userId)?.secondsPresent ?? 0, sessionSeconds: s.report.durationSeconds }));
    const own = attendances[counted.indexOf(graded)] ?? attendances[attendances.length - 1];
    return {
      ltiUserId, userId,
      scoreGiven: rule.aggregation === 'average' ? roomScore(rule, attendances) : sessionScore(rule.rule, own, rule.maxScore),
      secondsPresent: own.secondsPresent,
      sessionSeconds: own.sessionSeconds,
    };
  });
}
