import { roomNameSchema, tagsSchema } from '@lti-rooms/contracts';
import { EARLY_ENTRY_MAX_MINUTES, TimeFrameProblemCode, validateTimeFrame } from '@lti-rooms/domain';
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

const TIME_FRAME_MESSAGES: Record<Exclude<TimeFrameProblemCode, 'INVALID_TIME'>, (limit?: number) => string> = {
  START_IN_PAST: () => 'Start must not be in the past',
  END_NOT_AFTER_START: () => 'End must be after start',
  TOO_LONG: (limit) => `A time frame can last at most ${limit} hours`,
};

/** The client-side checks: the domain's rules, which the server applies again, worded here. */
export function roomFormSchema(rules: RoomFormRules) {
  return z
    .object({
      name: roomNameSchema,
      description: z.string().max(10_000, 'Description must be at most 10,000 characters'),
      tags: z.string(),
      modeKey: z.string().min(1, 'Choose a room mode'),
      availabilityKind: z.enum(AVAILABILITY_KINDS),
      start: z.string(),
      end: z.string(),
      earlyEntryMinutes: z.string(),
    })
    .superRefine((values, ctx) => {
      const tags = tagsSchema.safeParse(splitTags(values.tags));
      // One message at the field: the form has a single tags input.
      if (!tags.success) ctx.addIssue({ code: 'custom', path: ['tags'], message: tags.error.issues[0].message });
      if (values.availabilityKind === 'scheduled') checkTimeFrame(values, rules, ctx);
    });
}

function checkTimeFrame(values: RoomFormValues, rules: RoomFormRules, ctx: z.RefinementCtx): void {
  const start = fromLocalInputValue(values.start, rules.zone);
  const end = fromLocalInputValue(values.end, rules.zone);
  if (!start) ctx.addIssue({ code: 'custom', path: ['start'], message: 'Enter a start date and time' });
  if (!end) ctx.addIssue({ code: 'custom', path: ['end'], message: 'Enter an end date and time' });

  const minutes = values.earlyEntryMinutes.trim();
  if (minutes !== '' && !/^\d+$/.test(minutes)) {
    ctx.addIssue({ code: 'custom', path: ['earlyEntryMinutes'], message: 'Early entry must be whole minutes' });
  } else if (Number(minutes) > EARLY_ENTRY_MAX_MINUTES) {
    ctx.addIssue({ code: 'custom', path: ['earlyEntryMinutes'], message: `Early entry is at most ${EARLY_ENTRY_MAX_MINUTES} minutes` });
  }
  if (!start || !end) return;

  const now = rules.now?.() ?? DateTime.now();
  const savedStart = rules.savedStart ? DateTime.fromISO(rules.savedStart) : null;
  for (const problem of validateTimeFrame({ start, end, now, maxHours: rules.maxTimeFrameHours, savedStart })) {
    if (problem.code !== 'INVALID_TIME') ctx.addIssue({ code: 'custom', path: [problem.field], message: TIME_FRAME_MESSAGES[problem.code](problem.limit) });
  }
}
