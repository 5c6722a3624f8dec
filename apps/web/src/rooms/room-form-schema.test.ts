import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { roomFormSchema, type RoomFormValues } from './room-form-schema';
import { WORDED_ISSUES } from '../text/field-error-text';

/** The form applies the domain's rules, so it accepts and refuses exactly what the server does. */
const zone = 'Europe/Berlin';
const values = (overrides: Partial<RoomFormValues>): RoomFormValues => ({
  name: 'Seminar', description: '', tags: '', modeKey: 'mode:interactive', availabilityKind: 'always', start: '', end: '', earlyEntryMinutes: '15', ...overrides,
});
const schemaAt = (now: string) => roomFormSchema({ zone, maxTimeFrameHours: 12, savedStart: null, now: () => DateTime.fromISO(now, { zone }) });
const problemsOf = (now: string, input: Partial<RoomFormValues>) => {
  const result = schemaAt(now).safeParse(values(input), WORDED_ISSUES);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the room form', () => {
  it('counts a tag in characters as people see them: sixteen emoji are sixteen', () => {
    expect(problemsOf('2026-11-27T10:00:00', { tags: '🎓'.repeat(16) })).toEqual([]);
    expect(problemsOf('2026-11-27T10:00:00', { tags: 'x'.repeat(31) })).toEqual(['tags: Tags must be at most 30 characters']);
  });

  it('refuses a start in the past exactly where the server does (60 s of grace, not a rounded minute)', () => {
    const frame = { availabilityKind: 'scheduled' as const, start: '2026-11-27T10:59', end: '2026-11-27T12:00' };
    expect(problemsOf('2026-11-27T11:00:00', frame)).toEqual([]);
    expect(problemsOf('2026-11-27T11:00:30', frame)).toEqual(['start: Start must not be in the past']);
  });

  it('refuses a name that hides its text direction (bidi override)', () => {
    expect(problemsOf('2026-11-27T10:00:00', { name: 'Exam \u202Ereview' })).toEqual(['name: Name must not contain control characters']);
  });
});
