import { DateTime, IANAZone } from 'luxon';
import { AttendanceRow } from './attendance';
import { attendanceCsvHeader } from '../i18n/attendance-csv-headers';
import { DEFAULT_LOCALE, type SupportedLocale } from '../i18n/locale-choice';

/** Who a row is about; the attendance rows carry only ids, the service looks the people up. */
export interface AttendeeIdentity {
  name: string;
  email: string | null;
}

export interface AttendanceCsvOptions {
  /** IANA zone the times are written in and named in the header (the viewer's zone); default UTC. */
  zone?: string;
  /** Prepend a byte-order mark so Excel reads names with accents as UTF-8. */
  excelBom?: boolean;
  /** The language of the header row (the viewer's); default English. */
  locale?: SupportedLocale;
}

const CRLF = '\r\n';

/**
 * Characters a spreadsheet reads as the start of a formula (OWASP "CSV injection"): a name
 * like `=HYPERLINK(...)` typed into an LMS profile must not run in the teacher's Excel. Tab
 * and carriage return are on the list because some spreadsheets skip them before a formula.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Neutralises text a person typed: a leading quote makes a spreadsheet show it as text. */
export function defuseFormula(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]) ? `'${text}` : text;
}

/** RFC 4180: quote a field that holds a comma, quote or line break, doubling its quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

function formatTime(instant: Date | null, zone: string): string {
  return instant === null ? '' : DateTime.fromJSDate(instant, { zone }).toFormat('yyyy-MM-dd HH:mm:ss');
}

/**
 * The attendance download (SPEC "Attendance"). Times are written without an offset in one
 * zone named in the header, because spreadsheets parse "2026-05-04 13:00:00" as a date and
 * ISO strings with offsets as text. An empty "Last leave" means still in the session.
 * Only text that came from people is defused; the tool's own numbers and dates cannot
 * start with a trigger.
 */
export function attendanceCsv(
  rows: readonly AttendanceRow[],
  identities: ReadonlyMap<string, AttendeeIdentity>,
  { zone: wantedZone = 'UTC', excelBom = false, locale = DEFAULT_LOCALE }: AttendanceCsvOptions = {},
): string {
  // A zone the browser reported wrongly must not turn every time into "Invalid DateTime".
  const zone = IANAZone.isValidZone(wantedZone) ? wantedZone : 'UTC';
  const header = attendanceCsvHeader(locale, zone);
  const lines = rows.map((row) => {
    const who = identities.get(row.userId);
    return csvLine([
      defuseFormula(who?.name ?? row.userId),
      defuseFormula(who?.email ?? ''),
      formatTime(row.firstJoinAt, zone),
      formatTime(row.lastLeaveAt, zone),
      String(row.minutesPresent),
    ]);
  });
  return (excelBom ? '\uFEFF' : '') + [csvLine(header), ...lines].join(CRLF) + CRLF;
}
