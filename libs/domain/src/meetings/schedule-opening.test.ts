import { roomOpenForRejoin, scheduleOpensRoom } from './schedule-opening';

const t = (iso: string) => new Date(iso);
const scheduled = { availability: { kind: 'scheduled' as const, start: t('2026-05-04T12:00:00Z'), end: t('2026-05-04T13:00:00Z') } };

describe('scheduleOpensRoom', () => {
  it.each<[string, typeof scheduled | { availability: { kind: 'always' } }, string | null, string, boolean]>([
    ['before the start', scheduled, null, '2026-05-04T11:59:59.999Z', false],
    ['at the start', scheduled, null, '2026-05-04T12:00:00Z', true],
    ['during the frame', scheduled, null, '2026-05-04T12:30:00Z', true],
    ['at the end', scheduled, null, '2026-05-04T13:00:00Z', false],
    ['a host ended a session during the frame', scheduled, '2026-05-04T12:10:00Z', '2026-05-04T12:30:00Z', false],
    ['a host ended a session exactly at the start', scheduled, '2026-05-04T12:00:00Z', '2026-05-04T12:30:00Z', false],
    ['a host ended an early session before the start', scheduled, '2026-05-04T11:50:00Z', '2026-05-04T12:30:00Z', true],
    ['always-open rooms never open by themselves', { availability: { kind: 'always' } }, null, '2026-05-04T12:30:00Z', false],
  ])('%s', (_label, room, hostEndedAt, at, expected) => {
    expect(scheduleOpensRoom(room, hostEndedAt ? t(hostEndedAt) : null, t(at))).toBe(expected);
  });
});

describe('roomOpenForRejoin', () => {
  it.each<[string, Parameters<typeof roomOpenForRejoin>[0], string, boolean]>([
    ['always open', { availability: { kind: 'always' }, deletedAt: null }, '2026-05-09T12:00:00Z', true],
    ['scheduled, within the frame', { ...scheduled, deletedAt: null }, '2026-05-04T12:59:59Z', true],
    ['scheduled, at the end', { ...scheduled, deletedAt: null }, '2026-05-04T13:00:00Z', false],
    ['deleted', { availability: { kind: 'always' }, deletedAt: t('2026-05-04T12:00:00Z') }, '2026-05-04T12:30:00Z', false],
  ])('%s', (_label, room, at, expected) => expect(roomOpenForRejoin(room, t(at))).toBe(expected));
});
