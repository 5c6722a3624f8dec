import { DEFAULT_LOCALE, type SupportedLocale } from './locale-choice';

/**
 * The words of the XLSX downloads beyond the CSV's header (attendance-csv-headers.ts): the
 * register's extra columns, the sheet names and the matrix's totals. A file the teacher opens
 * in a spreadsheet, worded here in every language the tool speaks.
 */
export interface AttendanceSheetWords {
  register: string;
  absent: string;
  matrix: string;
  percentOfSession: string;
  onStageMinutes: string;
  cameraOnMinutes: string;
  lateMinutes: string;
  segments: (zone: string) => string;
  session: (zone: string) => string;
  totalMinutes: string;
  sessionsAttended: string;
  /** The matrix's last row: how many students came to each session. */
  presentCount: string;
}

export const ATTENDANCE_SHEET_WORDS: Record<SupportedLocale, AttendanceSheetWords> = {
  en: {
    register: 'Attendance', absent: 'Absent', matrix: 'Sessions', percentOfSession: '% of session', onStageMinutes: 'Minutes on stage', cameraOnMinutes: 'Minutes with camera on',
    lateMinutes: 'Minutes late', segments: (z) => `Present (${z})`, session: (z) => `Session (${z})`, totalMinutes: 'Total minutes', sessionsAttended: 'Sessions attended',
    presentCount: 'Present',
  },
  es: {
    register: 'Asistencia', absent: 'Ausentes', matrix: 'Sesiones', percentOfSession: '% de la sesión', onStageMinutes: 'Minutos en el escenario', cameraOnMinutes: 'Minutos con cámara',
    lateMinutes: 'Minutos de retraso', segments: (z) => `Presente (${z})`, session: (z) => `Sesión (${z})`, totalMinutes: 'Minutos en total', sessionsAttended: 'Sesiones asistidas',
    presentCount: 'Presentes',
  },
  fr: {
    register: 'Présence', absent: 'Absents', matrix: 'Sessions', percentOfSession: '% de la session', onStageMinutes: 'Minutes sur scène', cameraOnMinutes: 'Minutes caméra allumée',
    lateMinutes: 'Minutes de retard', segments: (z) => `Présent (${z})`, session: (z) => `Session (${z})`, totalMinutes: 'Total des minutes', sessionsAttended: 'Sessions suivies',
    presentCount: 'Présents',
  },
  de: {
    register: 'Anwesenheit', absent: 'Abwesend', matrix: 'Sitzungen', percentOfSession: '% der Sitzung', onStageMinutes: 'Minuten auf der Bühne', cameraOnMinutes: 'Minuten mit Kamera',
    lateMinutes: 'Minuten Verspätung', segments: (z) => `Anwesend (${z})`, session: (z) => `Sitzung (${z})`, totalMinutes: 'Minuten gesamt', sessionsAttended: 'Besuchte Sitzungen',
    presentCount: 'Anwesend',
  },
  'pt-BR': {
    register: 'Presença', absent: 'Ausentes', matrix: 'Sessões', percentOfSession: '% da sessão', onStageMinutes: 'Minutos no palco', cameraOnMinutes: 'Minutos com câmera',
    lateMinutes: 'Minutos de atraso', segments: (z) => `Presente (${z})`, session: (z) => `Sessão (${z})`, totalMinutes: 'Total de minutos', sessionsAttended: 'Sessões frequentadas',
    presentCount: 'Presentes',
  },
  it: {
    register: 'Presenze', absent: 'Assenti', matrix: 'Sessioni', percentOfSession: '% della sessione', onStageMinutes: 'Minuti sul palco', cameraOnMinutes: 'Minuti con videocamera',
    lateMinutes: 'Minuti di ritardo', segments: (z) => `Presente (${z})`, session: (z) => `Sessione (${z})`, totalMinutes: 'Minuti totali', sessionsAttended: 'Sessioni frequentate',
    presentCount: 'Presenti',
  },
  nl: {
    register: 'Aanwezigheid', absent: 'Afwezig', matrix: 'Sessies', percentOfSession: '% van de sessie', onStageMinutes: 'Minuten op het podium', cameraOnMinutes: 'Minuten met camera',
    lateMinutes: 'Minuten te laat', segments: (z) => `Aanwezig (${z})`, session: (z) => `Sessie (${z})`, totalMinutes: 'Totaal minuten', sessionsAttended: 'Bijgewoonde sessies',
    presentCount: 'Aanwezig',
  },
  pl: {
    register: 'Obecność', absent: 'Nieobecni', matrix: 'Sesje', percentOfSession: '% sesji', onStageMinutes: 'Minuty na scenie', cameraOnMinutes: 'Minuty z kamerą',
    lateMinutes: 'Minuty spóźnienia', segments: (z) => `Obecność (${z})`, session: (z) => `Sesja (${z})`, totalMinutes: 'Łącznie minut', sessionsAttended: 'Sesje z obecnością',
    presentCount: 'Obecni',
  },
  ar: {
    register: 'الحضور', absent: 'الغائبون', matrix: 'الجلسات', percentOfSession: '% من الجلسة', onStageMinutes: 'دقائق على المنصة', cameraOnMinutes: 'دقائق مع تشغيل الكاميرا',
    lateMinutes: 'دقائق التأخير', segments: (z) => `فترات الحضور (${z})`, session: (z) => `الجلسة (${z})`, totalMinutes: 'مجموع الدقائق', sessionsAttended: 'الجلسات المحضورة',
    presentCount: 'الحاضرون',
  },
  ja: {
    register: '出席', absent: '欠席', matrix: 'セッション', percentOfSession: 'セッションに対する割合（%）', onStageMinutes: 'ステージ上の時間（分）', cameraOnMinutes: 'カメラオンの時間（分）',
    lateMinutes: '遅刻（分）', segments: (z) => `出席時間帯（${z}）`, session: (z) => `セッション（${z}）`, totalMinutes: '合計（分）', sessionsAttended: '出席したセッション数',
    presentCount: '出席者数',
  },
  'zh-CN': {
    register: '出勤', absent: '缺席', matrix: '会话', percentOfSession: '占会话的百分比', onStageMinutes: '在舞台上的分钟数', cameraOnMinutes: '开启摄像头的分钟数',
    lateMinutes: '迟到分钟数', segments: (z) => `出席时段（${z}）`, session: (z) => `会话（${z}）`, totalMinutes: '总分钟数', sessionsAttended: '出席的会话数',
    presentCount: '在场人数',
  },
};

export const attendanceSheetWords = (locale: SupportedLocale = DEFAULT_LOCALE): AttendanceSheetWords => ATTENDANCE_SHEET_WORDS[locale];
