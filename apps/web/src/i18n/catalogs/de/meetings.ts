import type { meetings as english } from '../en/meetings';
import type { Translation } from '../translation';

export const meetings: Translation<typeof english> = {
  'meetings.opening.title': 'Meeting wird geöffnet',
  'meetings.opening.loading': 'Meeting wird geöffnet…',
  'meetings.leaving': 'Sitzung wird verlassen…',
  'meetings.reconnecting': 'Verbindung zu LTI Rooms wird wiederhergestellt…',
  'meetings.connectionLost': 'Die Verbindung zu LTI Rooms wurde unterbrochen. Verbindung wird wiederhergestellt…',
  'meetings.backToCourse': 'Zurück zum Kurs',
  'meetings.tryAgain': 'Erneut versuchen',

  'meetings.countdown.label': 'Countdown',
  'meetings.countdown.opensIn': 'Der Warteraum öffnet in {countdown}',
  'meetings.countdown.keepOpen': 'Lassen Sie diese Seite geöffnet: Sie betreten den Warteraum automatisch.',

  'meetings.waiting.label': 'Warteraum',
  'meetings.waiting.locked': 'Das Meeting läuft bereits und der Raum ist gesperrt: Ein/e Gastgeber/in lässt Sie herein.',
  'meetings.waiting.startsAt': 'Das Meeting beginnt automatisch um {time}. Gastgeber/innen können es früher starten.',
  'meetings.waiting.forHost': 'Warten, bis der/die Gastgeber/in das Meeting startet…',
  'meetings.waiting.startsIn': 'Beginnt in {countdown}',
  'meetings.waiting.lockedKeepOpen': 'Sie nehmen teil, sobald ein/e Gastgeber/in Sie einlässt. Lassen Sie diese Seite geöffnet.',
  'meetings.waiting.keepOpen': 'Sie nehmen automatisch teil, sobald das Meeting beginnt. Lassen Sie diese Seite geöffnet.',
  'meetings.waiting.leave': 'Verlassen',

  'meetings.waitingRoom.title': 'Warteraum',
  'meetings.waitingRoom.lock': 'Raum sperren',
  'meetings.waitingRoom.lockedHint': 'Neu Ankommende warten, bis ein/e Gastgeber/in sie einlässt.',
  'meetings.waitingRoom.unlockedHint': 'Alle, die ankommen, kommen direkt herein.',
  'meetings.waitingRoom.nobodyWaiting': 'Niemand wartet.',
  'meetings.waitingRoom.peopleWaiting': '{count, plural, one {# Person wartet} other {# Personen warten}}',
  'meetings.waitingRoom.listLabel': 'Warten auf Einlass',
  'meetings.waitingRoom.admitName': 'Einlassen<hidden>: {name}</hidden>',
  'meetings.waitingRoom.admitAll': 'Alle einlassen',

  'meetings.toolbar.label': 'Meeting-Steuerung',
  'meetings.toolbar.leave': 'Sitzung verlassen',
  'meetings.video.loading': 'Video wird geladen…',
  'meetings.video.frameTitle': 'Video-Meeting: {room}',
  'meetings.video.openInNewTab': 'Video in einem neuen Tab öffnen',
  'meetings.notice.connectionLost': 'Die Verbindung zu LTI Rooms wurde unterbrochen. Verbindung wird wiederhergestellt… Das Video läuft währenddessen weiter.',
  'meetings.notice.noHost': 'Zurzeit ist kein/e Gastgeber/in im Meeting.',
  'meetings.problem.title': 'Ihr Platz im Meeting konnte nicht bestätigt werden',
  'meetings.problem.dismiss': 'Schließen',
  'meetings.mediaConsent.title': 'Kamera und Mikrofon einschalten?',
  'meetings.mediaConsent.text':
    'Ein/e Gastgeber/in hat Ihnen Moderationsrechte für diese Sitzung gegeben, daher sind Sie auf der Bühne. Kamera und Mikrofon bleiben aus, bis Sie sie einschalten – hier oder in der Symbolleiste des Videos.',
  'meetings.mediaConsent.confirm': 'Einschalten',
  'meetings.mediaConsent.cancel': 'Jetzt nicht',

  'meetings.endSession.button': 'Sitzung für alle beenden',
  'meetings.endSession.confirmTitle': 'Sitzung für alle beenden?',
  'meetings.endSession.confirmText': 'Alle verlassen jetzt das Meeting, und der Videoanruf wird für alle beendet.',
  'meetings.endSession.confirm': 'Sitzung beenden',
  'meetings.endSession.failed': 'Die Sitzung konnte nicht beendet werden',

  'meetings.full.title': 'Dieser Raum ist voll',
  'meetings.full.label': 'Raum voll',
  'meetings.ended.title': 'Diese Sitzung ist beendet',
  'meetings.ended.label': 'Sitzung beendet',
  'meetings.ended.rejoin': 'Erneut teilnehmen',
  'meetings.error.title': 'Das Meeting konnte nicht geöffnet werden',
  'meetings.error.code': 'Fehlercode: {code}',

  'meetings.deviceCheck.checking': 'Kamera und Mikrofon werden geprüft…',
  'meetings.deviceCheck.ready': 'Kamera und Mikrofon sind bereit.',
  'meetings.deviceCheck.unavailable': 'Ihre Kamera oder Ihr Mikrofon ist nicht verfügbar. Sie können trotzdem auf die Bühne gehen und sie im Meeting einschalten.',
};
