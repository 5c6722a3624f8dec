import { fieldErrorOfIssue, fieldIssue, roomNameSchema, tagsSchema } from '@lti-rooms/contracts';
import { DESCRIPTION_MAX_LENGTH, EARLY_ENTRY_MAX_MINUTES, validateEarlyEntryMinutes, validateTimeFrame } from '@lti-rooms/domain';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { fromLocalInputValue } from './time-frame';

export const AVAILABILITY_KINDS = ['always', 'scheduled'] as const;

/** What the Create a Room form holds while it is being filled in: strings, as inputs give them. */
export interface RoomFormValues {
  name: string;
  description: string;
  /** Comma-separated. */
  tags: string;
  /** A mode choice as one radio value, see modeChoiceKey. */
  modeKey: string;
  availabilityKind: (typeof AVAILABILITY_KINDS)[number];
  /** datetime-local values, wall clock in the form's zone. */
  start: string;
  end: string;
  earlyEntryMinutes: string;
}

export type RoomFormField = keyof RoomFormValues;

export interface RoomFormRules {
  zone: string;
  maxTimeFrameHours: number;
  /** On create every start must lie ahead; on edit only a start that changed. */
  savedStart: string | null;
  now?: () => DateTime;
}

/** Splits "a, b,, c" into ["a", "b", "c"]. */
export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** The client-side checks: the domain's rules, which the server applies again, reported by the same codes (text/field-error-text words them). */
export function roomFormSchema(rules: RoomFormRules) {
  return z
    .object({
      name: roomNameSchema,
      description: z.string().max(DESCRIPTION_MAX_LENGTH),
      tags: z.string(),
      modeKey: z.string().refine((key) => key !== '', { params: { code: 'MODE_REQUIRED' } }),
      availabilityKind: z.enum(AVAILABILITY_KINDS),
      start: z.string(),
      end: z.string(),
      earlyEntryMinutes: z.string(),
    })
    .superRefine((values, ctx) => {
      const tags = tagsSchema.safeParse(splitTags(values.tags));
      // One message at the field: the form has a single tags input.
      if (!tags.success) ctx.addIssue({ ...fieldIssue(fieldErrorOfIssue(tags.error.issues[0])), path: ['tags'] });
      if (values.availabilityKind === 'scheduled') checkTimeFrame(values, rules, ctx);
    });
}

function checkTimeFrame(values: RoomFormValues, rules: RoomFormRules, ctx: z.RefinementCtx): void {
  const start = fromLocalInputValue(values.start, rules.zone);
  const end = fromLocalInputValue(values.end, rules.zone);
  if (!start) ctx.addIssue({ ...fieldIssue({ code: 'INVALID_TIME' }), path: ['start'] });
  if (!end) ctx.addIssue({ ...fieldIssue({ code: 'INVALID_TIME' }), path: ['end'] });

  const minutes = values.earlyEntryMinutes.trim();
  const earlyEntry = minutes === '' ? [] : /^\d+$/.test(minutes) ? validateEarlyEntryMinutes(Number(minutes)) : [{ code: 'EARLY_ENTRY_OUT_OF_RANGE' as const, limit: EARLY_ENTRY_MAX_MINUTES }];
  for (const problem of earlyEntry) ctx.addIssue({ ...fieldIssue({ code: problem.code, params: { limit: EARLY_ENTRY_MAX_MINUTES } }), path: ['earlyEntryMinutes'] });
  if (!start || !end) return;

  const now = rules.now?.() ?? DateTime.now();
  const savedStart = rules.savedStart ? DateTime.fromISO(rules.savedStart) : null;
  for (const problem of validateTimeFrame({ start, end, now, maxHours: rules.maxTimeFrameHours, savedStart })) {
    if (problem.code !== 'INVALID_TIME') ctx.addIssue({ ...fieldIssue({ code: problem.code, params: problem.limit === undefined ? undefined : { limit: problem.limit } }), path: [problem.field] });
  }
}
