import { roomNameSchema } from '@lti-rooms/contracts';
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

/** Mirrors the server (SPEC "Rooms"): a form sent a minute after 11:00 may still start at 11:00. */
const START_GRACE_MINUTES = 1;

/** Splits "a, b,, c" into ["a", "b", "c"]. */
export function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** The client-side checks; the server repeats them all and names the field of anything it refuses. */
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
      const tags = splitTags(values.tags);
      if (tags.length > 10) ctx.addIssue({ code: 'custom', path: ['tags'], message: 'At most 10 tags' });
      const long = tags.find((tag) => tag.length > 30);
      if (long) ctx.addIssue({ code: 'custom', path: ['tags'], message: `Tags must be at most 30 characters ("${long.slice(0, 30)}…")` });
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
  } else if (Number(minutes) > 120) {
    ctx.addIssue({ code: 'custom', path: ['earlyEntryMinutes'], message: 'Early entry is at most 120 minutes' });
  }
  if (!start || !end) return;

  const now = rules.now?.() ?? DateTime.now();
  const savedStart = rules.savedStart ? DateTime.fromISO(rules.savedStart) : null;
  const startUnchanged = savedStart !== null && savedStart.toMillis() === start.toMillis();
  if (!startUnchanged && start < now.minus({ minutes: START_GRACE_MINUTES }).startOf('minute')) {
    ctx.addIssue({ code: 'custom', path: ['start'], message: 'Start must not be in the past' });
  }
  if (end <= start) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'End must be after start' });
  } else if (end.diff(start, 'hours').hours > rules.maxTimeFrameHours) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: `A time frame can last at most ${rules.maxTimeFrameHours} hours` });
  }
}
