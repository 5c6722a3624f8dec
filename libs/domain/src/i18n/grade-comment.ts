import { DEFAULT_LOCALE, supportedLocaleOf, type SupportedLocale } from './locale-choice';

/**
 * The comment that goes with an attendance score into the LMS gradebook, where the student
 * (and the teacher) read it: a line of the tool's, not of the web app, so it is worded here in
 * every language the tool speaks. It avoids plural forms: "minutes present: 42 of 60".
 */
const GRADE_COMMENTS: Record<SupportedLocale, (present: string, total: string, percent: string) => string> = {
  en: (p, t, pc) => `Attendance: ${p} of ${t} minutes present (${pc}).`,
  es: (p, t, pc) => `Asistencia: ${p} de ${t} minutos de presencia (${pc}).`,
  fr: (p, t, pc) => `Présence : ${p} minutes sur ${t} (${pc}).`,
  de: (p, t, pc) => `Anwesenheit: ${p} von ${t} Minuten (${pc}).`,
  'pt-BR': (p, t, pc) => `Presença: ${p} de ${t} minutos (${pc}).`,
  it: (p, t, pc) => `Presenza: ${p} minuti su ${t} (${pc}).`,
  nl: (p, t, pc) => `Aanwezigheid: ${p} van ${t} minuten (${pc}).`,
  pl: (p, t, pc) => `Obecność: ${p} z ${t} min (${pc}).`,
  ar: (p, t, pc) => `الحضور: ${p} من ${t} دقيقة (${pc}).`,
  ja: (p, t, pc) => `出席：${t}分中${p}分（${pc}）。`,
  'zh-CN': (p, t, pc) => `出席：${t} 分钟中的 ${p} 分钟（${pc}）。`,
};

/** The gradebook comment in the reader's language (their LMS or chosen locale), numbers formatted the same way. */
export function gradeComment(locale: string | null, attendance: { secondsPresent: number; sessionSeconds: number }): string {
  const language = supportedLocaleOf(locale) ?? DEFAULT_LOCALE;
  const present = Math.round(attendance.secondsPresent / 60);
  const total = Math.round(attendance.sessionSeconds / 60);
  const share = attendance.sessionSeconds > 0 ? Math.min(1, attendance.secondsPresent / attendance.sessionSeconds) : 0;
  const number = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
  return GRADE_COMMENTS[language](number.format(present), number.format(total), percent);
}
