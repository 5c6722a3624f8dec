import { ATTENDANCE_CSV_HEADERS } from './attendance-csv-headers';
import { ATTENDANCE_SHEET_WORDS, attendanceSheetWords } from './attendance-sheet-words';
import { SUPPORTED_LOCALES } from './locale-choice';

const EACH_LOCALE = SUPPORTED_LOCALES.map((locale) => [locale] as const);
const ZONE = 'America/Argentina/Buenos_Aires';

/** The register's header row as the workbook writes it (panel rooms add the stage column). */
const registerHeader = (locale: (typeof SUPPORTED_LOCALES)[number]) => {
  const csv = ATTENDANCE_CSV_HEADERS[locale];
  const words = attendanceSheetWords(locale);
  return [csv.name, csv.email, csv.firstJoin(ZONE), csv.lastLeave(ZONE), csv.minutesPresent, words.percentOfSession, words.onStageMinutes, words.cameraOnMinutes, words.lateMinutes, words.segments(ZONE)];
};

describe('the words of the XLSX downloads, per language', () => {
  it('has every supported language and no other; English by default', () => {
    expect(Object.keys(ATTENDANCE_SHEET_WORDS).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    expect(attendanceSheetWords()).toBe(ATTENDANCE_SHEET_WORDS.en);
  });

  // Excel refuses a workbook whose sheet names are longer than 31 characters, hold one of
  // : \ / ? * [ ], start or end with an apostrophe, or repeat another sheet's name.
  it.each(EACH_LOCALE)('%s: sheet names Excel accepts', (locale) => {
    const { register, absent, matrix } = attendanceSheetWords(locale);
    for (const name of [register, absent, matrix]) {
      expect(name.trim()).not.toBe('');
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]|^'|'$/);
    }
    expect(new Set([register, absent, matrix].map((name) => name.toLowerCase())).size).toBe(3);
  });

  it.each(EACH_LOCALE)('%s: the register\'s columns are distinct, and the three with times name the zone', (locale) => {
    const header = registerHeader(locale);
    expect(new Set(header).size).toBe(header.length);
    expect(header.filter((column) => column.includes(ZONE))).toHaveLength(3);
  });

  it.each(EACH_LOCALE)('%s: the matrix\'s column and row labels are distinct and its session column names the zone', (locale) => {
    const words = attendanceSheetWords(locale);
    const header = [ATTENDANCE_CSV_HEADERS[locale].name, words.session(ZONE), words.totalMinutes, words.sessionsAttended, words.presentCount];
    expect(new Set(header).size).toBe(header.length);
    expect(words.session(ZONE)).toContain(ZONE);
  });

  it.each(EACH_LOCALE)('%s: no word a spreadsheet would read as a formula', (locale) => {
    const words = attendanceSheetWords(locale);
    for (const text of [...registerHeader(locale), words.register, words.absent, words.matrix, words.session('UTC'), words.totalMinutes, words.sessionsAttended, words.presentCount]) {
      expect(text).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
