import type { SupportedLocale } from './locale-choice';

/** The header row of the attendance download; the zone is the one its times are written in. */
export interface AttendanceCsvHeaders {
  name: string;
  email: string;
  firstJoin: (zone: string) => string;
  lastLeave: (zone: string) => string;
  minutesPresent: string;
}

/**
 * The download is a file a spreadsheet opens, not a page the web app words, so its header
 * is written here, in every language the tool speaks (a missing one fails to compile).
 * Name and e-mail use the words Moodle's language packs use for a person's full name and
 * e-mail address, so the columns read like the LMS's own reports; Japanese and Chinese
 * put the zone in full-width parentheses, as their text does.
 */
export const ATTENDANCE_CSV_HEADERS: Record<SupportedLocale, AttendanceCsvHeaders> = {
  en: { name: 'Name', email: 'Email', firstJoin: (zone) => `First join (${zone})`, lastLeave: (zone) => `Last leave (${zone})`, minutesPresent: 'Minutes present' },
  es: { name: 'Nombre completo', email: 'Dirección de correo', firstJoin: (zone) => `Primera entrada (${zone})`, lastLeave: (zone) => `Última salida (${zone})`, minutesPresent: 'Minutos de presencia' },
  fr: { name: 'Nom complet', email: 'Adresse de courriel', firstJoin: (zone) => `Première arrivée (${zone})`, lastLeave: (zone) => `Dernier départ (${zone})`, minutesPresent: 'Minutes de présence' },
  de: { name: 'Vollständiger Name', email: 'E-Mail-Adresse', firstJoin: (zone) => `Erster Beitritt (${zone})`, lastLeave: (zone) => `Letzter Austritt (${zone})`, minutesPresent: 'Anwesenheit in Minuten' },
  'pt-BR': { name: 'Nome completo', email: 'Endereço de e-mail', firstJoin: (zone) => `Primeira entrada (${zone})`, lastLeave: (zone) => `Última saída (${zone})`, minutesPresent: 'Minutos de presença' },
  it: { name: 'Nome completo', email: 'Indirizzo email', firstJoin: (zone) => `Primo ingresso (${zone})`, lastLeave: (zone) => `Ultima uscita (${zone})`, minutesPresent: 'Minuti di presenza' },
  nl: { name: 'Volledige naam', email: 'E-mailadres', firstJoin: (zone) => `Eerste binnenkomst (${zone})`, lastLeave: (zone) => `Laatste vertrek (${zone})`, minutesPresent: 'Minuten aanwezig' },
  pl: { name: 'Imię i nazwisko', email: 'Adres e-mail', firstJoin: (zone) => `Pierwsze dołączenie (${zone})`, lastLeave: (zone) => `Ostatnie wyjście (${zone})`, minutesPresent: 'Minuty obecności' },
  ar: { name: 'الاسم كاملا', email: 'عنوان البريد الإلكتروني', firstJoin: (zone) => `أول انضمام (${zone})`, lastLeave: (zone) => `آخر مغادرة (${zone})`, minutesPresent: 'دقائق الحضور' },
  ja: { name: 'フルネーム', email: 'メールアドレス', firstJoin: (zone) => `初回参加（${zone}）`, lastLeave: (zone) => `最終退出（${zone}）`, minutesPresent: '出席時間（分）' },
  'zh-CN': { name: '全名', email: '电子邮件地址', firstJoin: (zone) => `首次加入（${zone}）`, lastLeave: (zone) => `最后离开（${zone}）`, minutesPresent: '出席分钟数' },
};

/** The header row, in the viewer's language. */
export function attendanceCsvHeader(locale: SupportedLocale, zone: string): string[] {
  const words = ATTENDANCE_CSV_HEADERS[locale];
  return [words.name, words.email, words.firstJoin(zone), words.lastLeave(zone), words.minutesPresent];
}
