import { ATTENDANCE_CSV_HEADERS, attendanceCsvHeader } from './attendance-csv-headers';
import { SUPPORTED_LOCALES } from './locale-choice';

describe('the attendance download header, per language', () => {
  it('has every supported language and no other', () => {
    expect(Object.keys(ATTENDANCE_CSV_HEADERS).sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  it.each(SUPPORTED_LOCALES.map((locale) => [locale]))('%s: five distinct, non-empty columns, both times naming the zone', (locale) => {
    const header = attendanceCsvHeader(locale, 'Europe/Berlin');
    expect(header).toHaveLength(5);
    header.forEach((column) => expect(column.trim()).not.toBe(''));
    expect(new Set(header).size).toBe(5);
    expect(header[2]).toContain('Europe/Berlin');
    expect(header[3]).toContain('Europe/Berlin');
    expect(header.filter((column) => column.includes('Europe/Berlin'))).toHaveLength(2);
  });

  it.each(SUPPORTED_LOCALES.map((locale) => [locale]))('%s: no column a spreadsheet would read as a formula or split', (locale) => {
    for (const column of attendanceCsvHeader(locale, 'UTC')) {
      expect(column).not.toMatch(/^[=+\-@\t\r]/);
      expect(column).not.toMatch(/[",\r\n]/);
    }
  });

  it.each<[Parameters<typeof attendanceCsvHeader>[0], string[]]>([
    ['en', ['Name', 'Email', 'First join (UTC)', 'Last leave (UTC)', 'Minutes present']],
    ['de', ['Vollständiger Name', 'E-Mail-Adresse', 'Erster Beitritt (UTC)', 'Letzter Austritt (UTC)', 'Anwesenheit in Minuten']],
    ['fr', ['Nom complet', 'Adresse de courriel', 'Première arrivée (UTC)', 'Dernier départ (UTC)', 'Minutes de présence']],
    ['ja', ['フルネーム', 'メールアドレス', '初回参加（UTC）', '最終退出（UTC）', '出席時間（分）']],
  ])('%s reads as Moodle reports do', (locale, expected) => {
    expect(attendanceCsvHeader(locale, 'UTC')).toEqual(expected);
  });
});
