/** How attendance turns into a score (SPEC "Grading (opt-in per room)"). */
export type GradingRule = { kind: 'minimumMinutes'; minutes: number } | { kind: 'minimumPercent'; percent: number } | { kind: 'proportional' };
export type GradingAggregation = 'perSession' | 'average';

export interface GradingSettings {
  enabled: boolean;
  rule: GradingRule;
  /** Each session its own gradebook column, or one column with the average over the room's sessions. */
  aggregation: GradingAggregation;
  maxScore: number;
}

export const GRADING_LIMITS = {
  minutes: { min: 1, max: 600 },
  percent: { min: 1, max: 100 },
  maxScore: { min: 1, max: 1000 },
} as const;

export const DEFAULT_GRADING_SETTINGS: GradingSettings = { enabled: false, rule: { kind: 'minimumPercent', percent: 75 }, aggregation: 'perSession', maxScore: 100 };

/** One student in one session. */
export interface SessionPresence {
  secondsPresent: number;
  /** The session's actual length, start to end: a host who ends early makes it shorter. */
  sessionSeconds: number;
}

/**
 * Presence is counted in whole seconds while the session's length is exact: a student there
 * from the first to the last second may come out a second short, and must not lose the score.
 */
const ROUNDING_SLACK_SECONDS = 1;

const twoDecimals = (value: number) => Math.round(value * 100) / 100;

/**
 * The score of one session. Threshold rules give all or nothing; a session shorter than the
 * required minutes asks for all of it, so a host ending early never fails everyone.
 * Proportional scores are the share of the session present, to two decimals.
 */
export function sessionScore(rule: GradingRule, { secondsPresent, sessionSeconds }: SessionPresence, maxScore: number): number {
  if (secondsPresent <= 0) return 0;
  const present = secondsPresent + ROUNDING_SLACK_SECONDS;
  switch (rule.kind) {
    case 'minimumMinutes':
      return present >= Math.min(rule.minutes * 60, sessionSeconds) ? maxScore : 0;
    case 'minimumPercent':
      return sessionSeconds <= 0 || present * 100 >= rule.percent * sessionSeconds ? maxScore : 0;
    case 'proportional':
      return sessionSeconds <= 0 ? maxScore : twoDecimals(maxScore * Math.min(1, secondsPresent / sessionSeconds));
  }
}

/**
 * The score the gradebook holds for the room: the session's own (per session), or the mean
 * over the room's sessions so far, a missed one counting 0 (average). `sessions` is oldest first.
 */
export function roomScore(settings: Pick<GradingSettings, 'rule' | 'aggregation' | 'maxScore'>, sessions: readonly SessionPresence[]): number {
  if (sessions.length === 0) return 0;
  if (settings.aggregation === 'perSession') return sessionScore(settings.rule, sessions[sessions.length - 1], settings.maxScore);
  const scores = sessions.map((session) => sessionScore(settings.rule, session, settings.maxScore));
  return twoDecimals(scores.reduce((sum, score) => sum + score, 0) / scores.length);
}
