import type { AvailabilityBody, CreateRoomBody, ModeChoiceBody, RoomBody, RoomFormOptions, UpdateRoomBody } from '@lti-rooms/contracts';
import { DateTime } from 'luxon';
import type { RoomFormField, RoomFormValues } from './room-form-schema';
import { splitTags } from './room-form-schema';
import { defaultTimeFrame, fromLocalInputValue, toIsoWithOffset, toLocalInputValue } from './time-frame';

/** One radio value per mode choice: "mode:interactive", "template:<id>". */
export function modeChoiceKey(choice: ModeChoiceBody): string {
  return choice.kind === 'mode' ? `mode:${choice.mode}` : `template:${choice.templateId}`;
}

export function modeChoiceFromKey(key: string, options: readonly { choice: ModeChoiceBody }[]): ModeChoiceBody | null {
  return options.find((option) => modeChoiceKey(option.choice) === key)?.choice ?? null;
}

/** A fresh form: no name, the account's default mode, always open, the default time frame ready. */
export function emptyRoomFormValues(options: RoomFormOptions, zone: string, now: DateTime = DateTime.now()): RoomFormValues {
  const frame = defaultTimeFrame(now.setZone(zone));
  return {
    name: '',
    description: '',
    tags: '',
    modeKey: modeChoiceKey(options.defaultChoice),
    availabilityKind: 'always',
    start: toLocalInputValue(frame.start, zone),
    end: toLocalInputValue(frame.end, zone),
    earlyEntryMinutes: String(options.earlyEntryMinutesDefault),
  };
}

/** The Details tab starts from the saved room; an always-open room still gets a ready time frame. */
export function roomToFormValues(room: RoomBody, zone: string, now: DateTime = DateTime.now()): RoomFormValues {
  const frame = defaultTimeFrame(now.setZone(zone));
  const scheduled = room.availability.kind === 'scheduled' ? room.availability : null;
  return {
    name: room.name,
    description: room.description,
    tags: room.tags.join(', '),
    modeKey: modeChoiceKey(room.modeChoice),
    availabilityKind: room.availability.kind,
    start: toLocalInputValue(scheduled ? DateTime.fromISO(scheduled.start) : frame.start, zone),
    end: toLocalInputValue(scheduled ? DateTime.fromISO(scheduled.end) : frame.end, zone),
    earlyEntryMinutes: String(room.earlyEntryMinutes),
  };
}

function toAvailability(values: RoomFormValues, zone: string): AvailabilityBody {
  if (values.availabilityKind === 'always') return { kind: 'always' };
  const start = fromLocalInputValue(values.start, zone);
  const end = fromLocalInputValue(values.end, zone);
  return { kind: 'scheduled', start: start ? toIsoWithOffset(start) : '', end: end ? toIsoWithOffset(end) : '' };
}

function toEarlyEntry(values: RoomFormValues): number | undefined {
  const text = values.earlyEntryMinutes.trim();
  return values.availabilityKind === 'scheduled' && text !== '' ? Number(text) : undefined;
}

export function toCreateBody(values: RoomFormValues, modeChoice: ModeChoiceBody, zone: string, channelId: string | null): CreateRoomBody {
  return {
    name: values.name.trim(),
    description: values.description,
    tags: splitTags(values.tags),
    modeChoice,
    availability: toAvailability(values, zone),
    earlyEntryMinutes: toEarlyEntry(values),
    channelId,
  };
}

export type DirtyFields = Partial<Record<RoomFormField, boolean>>;

/** Which fields differ from where the form started (compared by value, not by keystrokes). */
export function changedFields(values: RoomFormValues, initial: RoomFormValues): DirtyFields {
  const dirty: DirtyFields = {};
  for (const field of Object.keys(initial) as RoomFormField[]) {
    if (values[field] !== initial[field]) dirty[field] = true;
  }
  return dirty;
}

/**
 * PATCH only what the user changed: an untouched description is not re-sanitised and an
 * untouched past start is not checked again.
 */
export function toUpdateBody(values: RoomFormValues, dirty: DirtyFields, modeChoice: ModeChoiceBody, zone: string): UpdateRoomBody {
  const body: UpdateRoomBody = {};
  if (dirty.name) body.name = values.name.trim();
  if (dirty.description) body.description = values.description;
  if (dirty.tags) body.tags = splitTags(values.tags);
  if (dirty.modeKey) body.modeChoice = modeChoice;
  if (dirty.availabilityKind || dirty.start || dirty.end) body.availability = toAvailability(values, zone);
  const earlyEntry = toEarlyEntry(values);
  if ((dirty.earlyEntryMinutes || body.availability) && earlyEntry !== undefined) body.earlyEntryMinutes = earlyEntry;
  return body;
}

/** Where a server field error belongs on the form ("availability.start" → the Start input). */
export function formFieldForServerPath(path: string): RoomFormField | null {
  const [head, second] = path.split('.');
  switch (head) {
    case 'name':
    case 'description':
    case 'earlyEntryMinutes':
      return head;
    case 'tags':
      return 'tags';
    case 'modeChoice':
      return 'modeKey';
    case 'availability':
      if (second === 'end') return 'end';
      if (second === 'start') return 'start';
      return 'availabilityKind';
    default:
      return null;
  }
}
