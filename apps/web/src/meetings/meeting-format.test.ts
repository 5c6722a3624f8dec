import { describe, expect, it } from '@jest/globals';
import { END_REASONS } from '@lti-rooms/domain';
import { endedReasonText, formatCountdown, formatInRoomCount, formatRoomFull, formatWaitingCount } from './meeting-format';

const s = 1000;
const min = 60 * s;
const h = 60 * min;

describe('formatCountdown', () => {
  it.each([
    [-5 * s, '0:00'],
    [0, '0:00'],
    [1, '0:01'],
    [5 * s, '0:05'],
    [12 * min + 34 * s, '12:34'],
    [12 * min + 33 * s + 1, '12:34'],
    [59 * min + 59 * s, '59:59'],
    [h, '1 h 00 min'],
    [h + 5 * min, '1 h 05 min'],
    [h + 4 * min + 1, '1 h 05 min'],
    [23 * h + 59 * min + 30 * s, '24 h 00 min'],
    [24 * h, '1 day 0 h'],
    [2 * 24 * h + 3 * h, '2 days 3 h'],
  ])('%d ms reads %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

describe('formatWaitingCount', () => {
  it('says person or people', () => {
    expect(formatWaitingCount(1)).toBe('1 person waiting');
    expect(formatWaitingCount(0)).toBe('0 people waiting');
    expect(formatWaitingCount(12)).toBe('12 people waiting');
  });
});

describe('formatInRoomCount and endedReasonText', () => {
  it('counts people in the meeting', () => {
    expect(formatInRoomCount(1)).toBe('1 person in the meeting');
    expect(formatInRoomCount(7)).toBe('7 people in the meeting');
  });

  it('explains every end reason', () => {
    for (const reason of END_REASONS) expect(endedReasonText(reason)).toMatch(/\.$/);
    expect(endedReasonText('host-ended')).toBe('The host ended the session for everyone.');
  });
});

describe('formatRoomFull', () => {
  it('says one place as one place, and more as all of them', () => {
    expect(formatRoomFull(1)).toBe('The one place is taken. Try again in a moment.');
    expect(formatRoomFull(2)).toBe('All 2 places are taken. Try again in a moment.');
  });
});
