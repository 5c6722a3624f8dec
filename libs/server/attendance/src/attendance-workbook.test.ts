import ExcelJS from 'exceljs';
import type { AttendanceMatrix, AttendanceRow, SessionAttendance } from '@lti-rooms/contracts';
import { attendanceWorkbook, matrixWorkbook } from './attendance-workbook';

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet as the teacher sees it: rows of cell values, the first column first. */
const grid = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((row) => (Array.isArray(row) ? row.slice(1) : []));

const row = (overrides: Partial<AttendanceRow>): AttendanceRow => ({
  userId: 'u1', name: 'Ana', email: 'ana@example.edu', firstJoinAt: '2026-05-04T12:00:00Z', lastLeaveAt: '2026-05-04T12:45:30Z',
  segments: [{ from: '2026-05-04T12:00:00Z', to: '2026-05-04T12:45:30Z' }], minutesPresent: 46, percentOfSession: 77, onStageMinutes: 10,
  cameraOnMinutes: 30, lateMinutes: 0, ...overrides,
});

const session = (overrides: Partial<SessionAttendance>): SessionAttendance => ({
  id: 's1', status: 'ended', mode: 'panel', startedAt: '2026-05-04T12:00:00Z', endedAt: '2026-05-04T13:00:00Z', endReason: null,
  scheduledStartAt: '2026-05-04T12:00:00Z', durationMinutes: 60, rows: [row({})], absentees: [], ...overrides,
});

describe('attendanceWorkbook', () => {
  it('writes the register in the viewer\'s zone and language, then the absentees', async () => {
    const presented = session({
      rows: [
        row({}),
        row({
          userId: 'u2', name: 'Ben', email: null, firstJoinAt: '2026-05-04T12:05:00Z', lastLeaveAt: null, lateMinutes: 5, onStageMinutes: 0, cameraOnMinutes: 0,
          segments: [{ from: '2026-05-04T12:05:00Z', to: '2026-05-04T12:20:00Z' }, { from: '2026-05-04T12:30:00Z', to: null }],
        }),
      ],
      absentees: [{ ltiUserId: 'l3', name: 'Cy' }],
    });
    const workbook = await read(await attendanceWorkbook({ session: presented, zone: 'Europe/Paris', locale: 'de' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Anwesenheit', 'Abwesend']);
    expect(grid(workbook.worksheets[0])).toEqual([
      [
        'Vollständiger Name', 'E-Mail-Adresse', 'Erster Beitritt (Europe/Paris)', 'Letzter Austritt (Europe/Paris)', 'Anwesenheit in Minuten', '% der Sitzung',
        'Minuten auf der Bühne', 'Minuten mit Kamera', 'Minuten Verspätung', 'Anwesend (Europe/Paris)',
      ],
      ['Ana', 'ana@example.edu', '2026-05-04 14:00:00', '2026-05-04 14:45:30', 46, 77, 10, 30, 0, '14:00–14:45'],
      ['Ben', '', '2026-05-04 14:05:00', '', 46, 77, 0, 0, 5, '14:05–14:20, 14:30–'],
    ]);
    expect(grid(workbook.worksheets[1])).toEqual([['Vollständiger Name'], ['Cy']]);
  });

  it('interactive rooms have no on-stage column; an unscheduled session leaves lateness empty', async () => {
    const workbook = await read(await attendanceWorkbook({ session: session({ mode: 'interactive', rows: [row({ onStageMinutes: null, lateMinutes: null })] }), zone: 'UTC', locale: 'en' }));
    const [header, ana] = grid(workbook.worksheets[0]);
    expect(header).toEqual(['Name', 'Email', 'First join (UTC)', 'Last leave (UTC)', 'Minutes present', '% of session', 'Minutes with camera on', 'Minutes late', 'Present (UTC)']);
    expect(ana).toEqual(['Ana', 'ana@example.edu', '2026-05-04 12:00:00', '2026-05-04 12:45:30', 46, 77, 30, '', '12:00–12:45']);
  });

  it('has no absent sheet when the session had no roster to compare with', async () => {
    const workbook = await read(await attendanceWorkbook({ session: session({ absentees: null }), zone: 'UTC', locale: 'en' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Attendance']);
  });

  it('writes a zone the browser reported wrongly as UTC', async () => {
    const workbook = await read(await attendanceWorkbook({ session: session({}), zone: 'Not/AZone', locale: 'en' }));
    const [header, ana] = grid(workbook.worksheets[0]);
    expect(header[2]).toBe('First join (UTC)');
    expect(ana[2]).toBe('2026-05-04 12:00:00');
  });

  it.each([
    ['=HYPERLINK("http://evil","x")', "'=HYPERLINK(\"http://evil\",\"x\")"],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Ana = Ben', 'Ana = Ben'],
  ])('defuses what people typed: %j → %j, in the register and the absent sheet', async (typed, written) => {
    const presented = session({ rows: [row({ name: typed, email: typed })], absentees: [{ ltiUserId: 'l9', name: typed }] });
    const workbook = await read(await attendanceWorkbook({ session: presented, zone: 'UTC', locale: 'en' }));
    expect(grid(workbook.worksheets[0])[1].slice(0, 2)).toEqual([written, written]);
    expect(grid(workbook.worksheets[1])[1]).toEqual([written]);
    workbook.worksheets.forEach((sheet) => sheet.eachRow((r) => r.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))));
  });
});

describe('matrixWorkbook', () => {
  const matrix: AttendanceMatrix = {
    sessions: [{ id: 'a', startedAt: '2026-05-04T12:00:00Z', presentCount: 2 }, { id: 'b', startedAt: null, presentCount: 1 }],
    students: [
      { userId: 'u1', name: 'Ana', cells: [{ sessionId: 'a', minutesPresent: 60, percentOfSession: 100 }, { sessionId: 'b', minutesPresent: 15, percentOfSession: 50 }], totalMinutes: 75, sessionsAttended: 2 },
      { userId: 'u2', name: '=1+1', cells: [{ sessionId: 'a', minutesPresent: 5, percentOfSession: 8 }, { sessionId: 'b', minutesPresent: 0, percentOfSession: 0 }], totalMinutes: 5, sessionsAttended: 1 },
    ],
  };

  it('students × sessions in the viewer\'s zone, with totals per student and students present per session', async () => {
    const workbook = await read(await matrixWorkbook({ matrix, zone: 'America/New_York', locale: 'en' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Sessions']);
    expect(grid(workbook.worksheets[0])).toEqual([
      ['Name', 'Session (America/New_York) 2026-05-04 08:00', 'Session (America/New_York)', 'Total minutes', 'Sessions attended'],
      ['Ana', 60, 15, 75, 2],
      ["'=1+1", 5, 0, 5, 1],
      ['Present', 2, 1],
    ]);
  });

  it('words the matrix in the viewer\'s language', async () => {
    const workbook = await read(await matrixWorkbook({ matrix, zone: 'Asia/Tokyo', locale: 'ja' }));
    const rows = grid(workbook.worksheets[0]);
    expect(workbook.worksheets[0].name).toBe('セッション');
    expect(rows[0]).toEqual(['フルネーム', 'セッション（Asia/Tokyo） 2026-05-04 21:00', 'セッション（Asia/Tokyo）', '合計（分）', '出席したセッション数']);
    expect(rows[3]).toEqual(['出席者数', 2, 1]);
  });
});
