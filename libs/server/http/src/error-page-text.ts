import type { SupportedLocale } from '@lti-rooms/domain';

export type ErrorPageKind = 'unavailable' | 'notFound' | 'refused' | 'failed';

export interface ErrorPageText {
  heading: string;
  body: string;
}

/**
 * The words of the one page the server renders for a failed non-API request, in every
 * language the tool speaks (a missing one fails to compile): the web app is not there to
 * word the code. The register follows the web catalogs (usted, vous, Sie, tu in Italian,
 * je in Dutch); "course" is the word Moodle's language packs use.
 */
export const ERROR_PAGE_TEXT: Record<SupportedLocale, Record<ErrorPageKind, ErrorPageText>> = {
  en: {
    unavailable: { heading: 'LTI Rooms is temporarily unavailable', body: 'Please try again in a few seconds.' },
    notFound: { heading: 'Page not found', body: 'Nothing was found at this address.' },
    refused: { heading: 'This request could not be handled', body: 'Open LTI Rooms again from your course.' },
    failed: { heading: 'Something went wrong', body: 'Please try again.' },
  },
  es: {
    unavailable: { heading: 'LTI Rooms no está disponible temporalmente', body: 'Vuelva a intentarlo en unos segundos.' },
    notFound: { heading: 'Página no encontrada', body: 'No se encontró nada en esta dirección.' },
    refused: { heading: 'No se pudo procesar esta solicitud', body: 'Vuelva a abrir LTI Rooms desde su curso.' },
    failed: { heading: 'Algo salió mal', body: 'Vuelva a intentarlo.' },
  },
  fr: {
    unavailable: { heading: 'LTI Rooms est temporairement indisponible', body: 'Veuillez réessayer dans quelques secondes.' },
    notFound: { heading: 'Page introuvable', body: 'Rien n’a été trouvé à cette adresse.' },
    refused: { heading: 'Cette requête n’a pas pu être traitée', body: 'Ouvrez à nouveau LTI Rooms depuis votre cours.' },
    failed: { heading: 'Une erreur s’est produite', body: 'Veuillez réessayer.' },
  },
  de: {
    unavailable: { heading: 'LTI Rooms ist vorübergehend nicht verfügbar', body: 'Bitte versuchen Sie es in ein paar Sekunden erneut.' },
    notFound: { heading: 'Seite nicht gefunden', body: 'Unter dieser Adresse wurde nichts gefunden.' },
    refused: { heading: 'Diese Anfrage konnte nicht bearbeitet werden', body: 'Öffnen Sie LTI Rooms erneut aus Ihrem Kurs.' },
    failed: { heading: 'Etwas ist schiefgelaufen', body: 'Bitte versuchen Sie es erneut.' },
  },
  'pt-BR': {
    unavailable: { heading: 'O LTI Rooms está temporariamente indisponível', body: 'Tente novamente em alguns segundos.' },
    notFound: { heading: 'Página não encontrada', body: 'Nada foi encontrado neste endereço.' },
    refused: { heading: 'Não foi possível processar esta solicitação', body: 'Abra o LTI Rooms novamente a partir do seu curso.' },
    failed: { heading: 'Algo deu errado', body: 'Tente novamente.' },
  },
  it: {
    unavailable: { heading: 'LTI Rooms è temporaneamente non disponibile', body: 'Riprova tra qualche secondo.' },
    notFound: { heading: 'Pagina non trovata', body: 'Non è stato trovato nulla a questo indirizzo.' },
    refused: { heading: 'Impossibile gestire questa richiesta', body: 'Apri di nuovo LTI Rooms dal tuo corso.' },
    failed: { heading: 'Si è verificato un problema', body: 'Riprova.' },
  },
  nl: {
    unavailable: { heading: 'LTI Rooms is tijdelijk niet beschikbaar', body: 'Probeer het over een paar seconden opnieuw.' },
    notFound: { heading: 'Pagina niet gevonden', body: 'Op dit adres is niets gevonden.' },
    refused: { heading: 'Dit verzoek kon niet worden verwerkt', body: 'Open LTI Rooms opnieuw vanuit je cursus.' },
    failed: { heading: 'Er ging iets mis', body: 'Probeer het opnieuw.' },
  },
  pl: {
    unavailable: { heading: 'Usługa LTI Rooms jest chwilowo niedostępna', body: 'Proszę spróbować ponownie za kilka sekund.' },
    notFound: { heading: 'Nie znaleziono strony', body: 'Pod tym adresem nic nie znaleziono.' },
    refused: { heading: 'Nie można obsłużyć tego żądania', body: 'Proszę ponownie otworzyć LTI Rooms z kursu.' },
    failed: { heading: 'Coś poszło nie tak', body: 'Proszę spróbować ponownie.' },
  },
  ar: {
    unavailable: { heading: 'خدمة LTI Rooms غير متاحة مؤقتًا', body: 'يُرجى المحاولة مرة أخرى بعد بضع ثوانٍ.' },
    notFound: { heading: 'الصفحة غير موجودة', body: 'لم يُعثر على أي شيء في هذا العنوان.' },
    refused: { heading: 'تعذّرت معالجة هذا الطلب', body: 'افتح LTI Rooms مرة أخرى من مقررك الدراسي.' },
    failed: { heading: 'حدث خطأ ما', body: 'يُرجى المحاولة مرة أخرى.' },
  },
  ja: {
    unavailable: { heading: 'LTI Rooms は一時的に利用できません', body: '数秒後にもう一度お試しください。' },
    notFound: { heading: 'ページが見つかりません', body: 'このアドレスには何も見つかりませんでした。' },
    refused: { heading: 'このリクエストを処理できませんでした', body: 'コースからもう一度 LTI Rooms を開いてください。' },
    failed: { heading: '問題が発生しました', body: 'もう一度お試しください。' },
  },
  'zh-CN': {
    unavailable: { heading: 'LTI Rooms 暂时无法使用', body: '请几秒钟后重试。' },
    notFound: { heading: '找不到页面', body: '此地址下没有任何内容。' },
    refused: { heading: '无法处理此请求', body: '请从课程中再次打开 LTI Rooms。' },
    failed: { heading: '出现问题', body: '请重试。' },
  },
};
