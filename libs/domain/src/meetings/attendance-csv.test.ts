import { AttendanceRow } from './attendance';
import { attendanceCsv, AttendeeIdentity, csvField, defuseFormula } from './attendance-csv';

const t = (iso: string) => new Date(iso);

describe('csvField (RFC 4180)', () => {
  it.each<[string, string]>([
    ['plain', 'plain'],
    ['', ''],
    ['Smith, Ana', '"Smith, Ana"'],
    ['Ana "the host"', '"Ana ""the host"""'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['Zoë Ångström', 'Zoë Ångström'],
  ])('%j → %j', (value, expected) => expect(csvField(value)).toBe(expected));
});

describe('defuseFormula', () => {
  it.each<[string, string]>([
    ['=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['Ana = Ben', 'Ana = Ben'],
    ['', ''],
  ])('%j → %j', (value, expected) => expect(defuseFormula(value)).toBe(expected));
});

describe('attendanceCsv', () => {
  const rows: AttendanceRow[] = [
    { userId: 'u1', firstJoinAt: t('2026-05-04T12:00:00Z'), lastLeaveAt: t('2026-05-04T12:45:30Z'), secondsPresent: 2730, minutesPresent: 46 },
    { userId: 'u2', firstJoinAt: t('2026-05-04T12:05:00Z'), lastLeaveAt: null, secondsPresent: 600, minutesPresent: 10 },
    { userId: 'u3', firstJoinAt: t('2026-05-04T12:06:00Z'), lastLeaveAt: t('2026-05-04T12:07:00Z'), secondsPresent: 60, minutesPresent: 1 },
  ];
  const people = new Map<string, AttendeeIdentity>([
    ['u1', { name: 'Smith, Ana', email: 'ana@example.edu' }],
    ['u2', { name: '=cmd|" /C calc"!A0', email: null }],
  ]);

  it('writes a header, one line per person, CRLF line ends, times in UTC by default', () => {
    expect(attendanceCsv(rows, people)).toBe(
      [
        'Name,Email,First join (UTC),Last leave (UTC),Minutes present',
        '"Smith, Ana",ana@example.edu,2026-05-04 12:00:00,2026-05-04 12:45:30,46',
        '"\'=cmd|"" /C calc""!A0",,2026-05-04 12:05:00,,10',
        'u3,,2026-05-04 12:06:00,2026-05-04 12:07:00,1',
        '',
      ].join('\r\n'),
    );
  });

  it.each<[string, string, string]>([
    ['Europe/Berlin', 'First join (Europe/Berlin)', '2026-05-04 14:00:00'],
    ['America/New_York', 'First join (America/New_York)', '2026-05-04 08:00:00'],
    ['Not/AZone', 'First join (UTC)', '2026-05-04 12:00:00'],
  ])('in the viewer\'s zone %s', (zone, header, firstJoin) => {
    const csv = attendanceCsv(rows.slice(0, 1), people, { zone });
    expect(csv).toContain(header);
    expect(csv.split('\r\n')[1]).toContain(`,${firstJoin},`);
  });

  it('adds a byte-order mark for Excel when asked', () => {
    expect(attendanceCsv([], people, { excelBom: true })).toBe('\uFEFFName,Email,First join (UTC),Last leave (UTC),Minutes present\r\n');
  });

  it('writes the header in the viewer\'s language; the data stays as it is', () => {
    const csv = attendanceCsv(rows.slice(0, 1), people, { zone: 'Europe/Paris', locale: 'fr' });
    expect(csv.split('\r\n')).toEqual([
      'Nom complet,Adresse de courriel,Première arrivée (Europe/Paris),Dernier départ (Europe/Paris),Minutes de présence',
      '"Smith, Ana",ana@example.edu,2026-05-04 14:00:00,2026-05-04 14:45:30,46',
      '',
    ]);
  });
});
