import { afterAll, describe, expect, it } from '@jest/globals';
import { formatPeople, formatSchedule, formatTime } from '../rooms/room-format';
import { activateLocale } from './active-locale';
import { formatList, formatNumber } from './translate';

// The page's language is one for the whole module: each case switches to the one it reads.
afterAll(() => activateLocale('en'));

const FRAME = { kind: 'scheduled' as const, start: '2026-11-27T10:00:00.000Z', end: '2026-11-27T11:30:00.000Z' };
const ZONE = 'Europe/Berlin';

/** Intl separates some parts with narrow or non-breaking spaces; the cases read them as spaces. */
const spaced = (text: string) => text.replace(/[\u202f\u00a0\u2009]/g, ' ');

describe('plurals, numbers and dates in the reader’s language', () => {
  it('English: one person, two people; 1,234.5; "and" lists', async () => {
    await activateLocale('en');
    expect([1, 2].map(formatPeople)).toEqual(['1 person', '2 people']);
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatList(['Ada', 'Sam', 'Mei'])).toBe('Ada, Sam, and Mei');
  });

  it('French: "1 personne" / "2 personnes", a decimal comma and spaced thousands, dates day first with a 24-hour clock', async () => {
    await activateLocale('fr');
    expect([0, 1, 2].map(formatPeople)).toEqual(['0 personne', '1 personne', '2 personnes']);
    expect(spaced(formatNumber(1234.5))).toBe('1 234,5');
    expect(formatList(['Ada', 'Sam', 'Mei'])).toBe('Ada, Sam et Mei');
    expect(formatTime(FRAME.start, ZONE)).toBe('11:00');
    expect(spaced(formatSchedule(FRAME, ZONE))).toContain('ven. 27 nov. 2026');
  });

  it('Arabic: zero, one, two, few, many and other each have their form', async () => {
    await activateLocale('ar');
    // zero and other take the same noun; one and two say the number in words; few (3-10)
    // takes the plural, many (11-99) the accusative singular.
    expect([0, 1, 2, 3, 11, 100].map(formatPeople)).toEqual(['0 شخص', 'شخص واحد', 'شخصان', '3 أشخاص', '11 شخصًا', '100 شخص']);
    expect(formatList(['أحمد', 'سارة'])).toBe('أحمد وسارة');
  });

  it('Polish: one, few and many ("1 osoba", "2 osoby", "5 osób", "22 osoby")', async () => {
    await activateLocale('pl');
    expect([1, 2, 5, 22].map(formatPeople)).toEqual(['1 osoba', '2 osoby', '5 osób', '22 osoby']);
  });

  it('German and Japanese: their own date order and separators', async () => {
    await activateLocale('de');
    expect(spaced(formatSchedule(FRAME, ZONE))).toContain('27. Nov. 2026');
    expect(spaced(formatNumber(1234.5))).toBe('1.234,5');
    await activateLocale('ja');
    expect(formatSchedule(FRAME, ZONE)).toContain('2026/11/27(金)');
    expect(formatPeople(3)).toBe('3 人');
  });
});
