import ExcelJS from 'exceljs';
import { DateTime, IANAZone } from 'luxon';
import type { AttendanceMatrix, SessionAttendance } from '@lti-rooms/contracts';
import { ATTENDANCE_CSV_HEADERS, attendanceSheetWords, defuseFormula, type SupportedLocale } from '@lti-rooms/domain';

/**
 * Times are written as text in the viewer's zone (named in the header), like the CSV: a
 * spreadsheet date cell would be shown in the reader's own zone, not the one named.
 */
const timeIn = (iso: string | null, zone: string, format = 'yyyy-MM-dd HH:mm:ss') => (iso === null ? '' : DateTime.fromISO(iso, { zone }).toFormat(format));
const validZone = (zone: string) => (IANAZone.isValidZone(zone) ? zone : 'UTC');

function boldHeader(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One session's register and its absentees, as the attendance page shows them. */
export async function attendanceWorkbook({ session, zone: wantedZone, locale }: { session: SessionAttendance; zone: string; locale: SupportedLocale }): Promise<Buffer> {
  const zone = validZone(wantedZone);
  const csv = ATTENDANCE_CSV_HEADERS[locale];
  const words = attendanceSheetWords(locale);
  const workbook = new ExcelJS.Workbook();
  const register = workbook.addWorksheet(words.register);
  register.addRow([
    csv.name, csv.email, csv.firstJoin(zone), csv.lastLeave(zone), csv.minutesPresent, words.percentOfSession,
    ...(session.mode === 'panel' ? [words.onStageMinutes] : []), words.cameraOnMinutes, words.lateMinutes, words.segments(zone),
  ]);
  for (const row of session.rows) {
    register.addRow([
      defuseFormula(row.name), defuseFormula(row.email ?? ''), timeIn(row.firstJoinAt, zone), timeIn(row.lastLeaveAt, zone), row.minutesPresent, row.percentOfSession,
      ...(session.mode === 'panel' ? [row.onStageMinutes ?? 0] : []), row.cameraOnMinutes, row.lateMinutes ?? '',
      row.segments.map((s) => `${timeIn(s.from, zone, 'HH:mm')}–${timeIn(s.to, zone, 'HH:mm')}`).join(', '),
    ]);
  }
  boldHeader(register);
  if (session.absentees !== null) {
    const absent = workbook.addWorksheet(words.absent);
    absent.addRow([csv.name]);
    for (const person of session.absentees) absent.addRow([defuseFormula(person.name)]);
    boldHeader(absent);
  }
  return toBuffer(workbook);
}

/** The room's students × sessions matrix with totals: minutes per student, and students present per session on the last row. */
export async function matrixWorkbook({ matrix, zone: wantedZone, locale }: { matrix: AttendanceMatrix; zone: string; locale: SupportedLocale }): Promise<Buffer> {
  const zone = validZone(wantedZone);
  const words = attendanceSheetWords(locale);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(words.matrix);
  const sessionTitle = (startedAt: string | null) => [words.session(zone), timeIn(startedAt, zone, 'yyyy-MM-dd HH:mm')].filter(Boolean).join(' ');
  sheet.addRow([ATTENDANCE_CSV_HEADERS[locale].name, ...matrix.sessions.map((s) => sessionTitle(s.startedAt)), words.totalMinutes, words.sessionsAttended]);
  for (const student of matrix.students) {
    sheet.addRow([defuseFormula(student.name), ...student.cells.map((cell) => cell.minutesPresent), student.totalMinutes, student.sessionsAttended]);
  }
  sheet.addRow([words.presentCount, ...matrix.sessions.map((s) => s.presentCount)]).font = { bold: true };
  boldHeader(sheet);
  return toBuffer(workbook);
}
