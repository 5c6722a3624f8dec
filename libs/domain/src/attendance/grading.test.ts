import { GradingRule, roomScore, sessionScore } from './grading';

const minutes = (n: number) => n * 60;
const MAX = 10;

describe('sessionScore', () => {
  // [case, rule, seconds present, session seconds, score]
  const table: Array<[string, GradingRule, number, number, number]> = [
    ['present longer than N minutes', { kind: 'minimumMinutes', minutes: 30 }, minutes(45), minutes(60), MAX],
    ['exactly N minutes', { kind: 'minimumMinutes', minutes: 30 }, minutes(30), minutes(60), MAX],
    ['one second short of N (rounding slack)', { kind: 'minimumMinutes', minutes: 30 }, minutes(30) - 1, minutes(60), MAX],
    ['late arrival leaves too few minutes', { kind: 'minimumMinutes', minutes: 30 }, minutes(25), minutes(60), 0],
    ['reconnects: only the minutes present count', { kind: 'minimumMinutes', minutes: 30 }, minutes(29) + 20, minutes(60), 0],
    ['session shorter than N minutes: the whole session suffices', { kind: 'minimumMinutes', minutes: 30 }, minutes(20), minutes(20), MAX],
    ['session shorter than N minutes, left early', { kind: 'minimumMinutes', minutes: 30 }, minutes(15), minutes(20), 0],
    ['host ended early: percent of what took place', { kind: 'minimumPercent', percent: 75 }, minutes(15), minutes(20), MAX],
    ['just under the percentage', { kind: 'minimumPercent', percent: 75 }, minutes(44), minutes(60), 0],
    ['at the percentage', { kind: 'minimumPercent', percent: 75 }, minutes(45), minutes(60), MAX],
    ['late arrival still over the percentage', { kind: 'minimumPercent', percent: 75 }, minutes(35), minutes(40) + 1, MAX],
    ['absent', { kind: 'minimumPercent', percent: 1 }, 0, minutes(60), 0],
    ['absent, proportional', { kind: 'proportional' }, 0, minutes(60), 0],
    ['proportional: 35 of 40 minutes', { kind: 'proportional' }, minutes(35), minutes(40), 8.75],
    ['proportional rounds to two decimals', { kind: 'proportional' }, minutes(20), minutes(60), 3.33],
    ['proportional never above the maximum', { kind: 'proportional' }, minutes(61), minutes(60), MAX],
    ['a session of no length, present: full', { kind: 'proportional' }, 1, 0, MAX],
  ];
  it.each(table)('%s', (_label, rule, present, session, expected) => {
    expect(sessionScore(rule, { secondsPresent: present, sessionSeconds: session }, MAX)).toBe(expected);
  });
});

describe('roomScore', () => {
  const sessions = [
    { secondsPresent: minutes(60), sessionSeconds: minutes(60) },
    { secondsPresent: 0, sessionSeconds: minutes(60) },
    { secondsPresent: minutes(30), sessionSeconds: minutes(60) },
  ];
  it.each([
    ['average of thresholds, a missed session counting 0', { kind: 'minimumPercent', percent: 50 } as GradingRule, 'average' as const, 6.67],
    ['average of proportional scores', { kind: 'proportional' } as GradingRule, 'average' as const, 5],
    ['per session: the last session\'s own score', { kind: 'proportional' } as GradingRule, 'perSession' as const, 5],
  ])('%s', (_label, rule, aggregation, expected) => {
    expect(roomScore({ rule, aggregation, maxScore: MAX }, sessions)).toBe(expected);
  });

  it('no session yet scores 0', () => {
    expect(roomScore({ rule: { kind: 'proportional' }, aggregation: 'average', maxScore: MAX }, [])).toBe(0);
  });
});
