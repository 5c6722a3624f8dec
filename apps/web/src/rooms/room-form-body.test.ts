import { describe, expect, it } from '@jest/globals';
import type { RoomFormOptions } from '@lti-rooms/contracts';
import { DateTime } from 'luxon';
import { changedFields, emptyRoomFormValues, formFieldForServerPath, toCreateBody, toUpdateBody } from './room-form-body';
import { roomFormSchema } from './room-form-schema';

const options: RoomFormOptions = {
  modeChoices: [{ choice: { kind: 'mode', mode: 'interactive' }, mode: 'interactive', templateName: null, limits: { cameraOn: 25, total: 100 } }],
  singleMode: true,
  defaultChoice: { kind: 'mode', mode: 'interactive' },
  earlyEntryMinutesDefault: 15,
  maxTimeFrameHours: 12,
  canCreateInChannel: true,
  creatableIn: [{ id: 'course-1', title: 'Biology 101' }],
};
const zone = 'Europe/Berlin';
const now = DateTime.fromISO('2026-11-27T10:50:00', { zone });
const interactive = { kind: 'mode', mode: 'interactive' } as const;

describe('Create a Room form values', () => {
  it('starts always open with the default frame ready in the user zone', () => {
    const values = emptyRoomFormValues(options, zone, now);
    expect(values).toMatchObject({ modeKey: 'mode:interactive', availabilityKind: 'always', start: '2026-11-27T11:00', end: '2026-11-27T12:00', earlyEntryMinutes: '15' });
  });

  it('builds the POST body with ISO times carrying the offset', () => {
    const values = { ...emptyRoomFormValues(options, zone, now), name: ' Seminar ', tags: 'a, b,,', availabilityKind: 'scheduled' as const };
    expect(toCreateBody(values, interactive, zone, null)).toEqual({
      name: 'Seminar',
      description: '',
      tags: ['a', 'b'],
      modeChoice: interactive,
      availability: { kind: 'scheduled', start: '2026-11-27T11:00:00+01:00', end: '2026-11-27T12:00:00+01:00' },
      earlyEntryMinutes: 15,
      channelId: null,
    });
  });

  it('PATCHes only what changed', () => {
    const initial = { ...emptyRoomFormValues(options, zone, now), name: 'Seminar' };
    const values = { ...initial, name: 'Seminar 2' };
    expect(toUpdateBody(values, changedFields(values, initial), interactive, zone)).toEqual({ name: 'Seminar 2' });
  });

  it('refuses an end before the start and a start in the past', () => {
    const schema = roomFormSchema({ zone, maxTimeFrameHours: 12, savedStart: null, now: () => now });
    const base = { ...emptyRoomFormValues(options, zone, now), name: 'x', availabilityKind: 'scheduled' as const };
    const result = schema.safeParse({ ...base, start: '2026-11-27T09:00', end: '2026-11-27T08:00' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['end', 'start']);
    expect(schema.safeParse(base).success).toBe(true);
  });

  it('maps server field paths onto form fields', () => {
    expect(formFieldForServerPath('availability.start')).toBe('start');
    expect(formFieldForServerPath('availability.end')).toBe('end');
    expect(formFieldForServerPath('modeChoice.mode')).toBe('modeKey');
    expect(formFieldForServerPath('tags.2')).toBe('tags');
    expect(formFieldForServerPath('channelId')).toBeNull();
  });
});
