import type { meetings as english } from '../en/meetings';
import type { Translation } from '../translation';

export const meetings: Translation<typeof english> = {
  'meetings.opening.title': 'Otwieranie spotkania',
  'meetings.opening.loading': 'Otwieranie spotkania…',
  'meetings.leaving': 'Opuszczanie sesji…',
  'meetings.reconnecting': 'Ponowne łączenie z LTI Rooms…',
  'meetings.connectionLost': 'Utracono połączenie z LTI Rooms. Ponowne łączenie…',
  'meetings.backToCourse': 'Wróć do kursu',
  'meetings.tryAgain': 'Spróbuj ponownie',

  'meetings.countdown.label': 'Odliczanie',
  'meetings.countdown.opensIn': 'Poczekalnia otworzy się za {countdown}',
  'meetings.countdown.keepOpen': 'Proszę nie zamykać tej strony: wejście do poczekalni nastąpi automatycznie.',

  'meetings.waiting.label': 'Poczekalnia',
  'meetings.waiting.locked': 'Spotkanie trwa, a pokój jest zablokowany: wejście będzie możliwe po wpuszczeniu przez prowadzącego.',
  'meetings.waiting.startsAt': 'Spotkanie rozpocznie się automatycznie o {time}. Prowadzący może rozpocząć je wcześniej.',
  'meetings.waiting.forHost': 'Oczekiwanie na rozpoczęcie spotkania przez prowadzącego…',
  'meetings.waiting.startsIn': 'Początek za {countdown}',
  'meetings.waiting.lockedKeepOpen': 'Dołączenie nastąpi po wpuszczeniu przez prowadzącego. Proszę nie zamykać tej strony.',
  'meetings.waiting.keepOpen': 'Dołączenie nastąpi automatycznie, gdy tylko spotkanie się rozpocznie. Proszę nie zamykać tej strony.',
  'meetings.waiting.leave': 'Wyjdź',

  'meetings.waitingRoom.title': 'Poczekalnia',
  'meetings.waitingRoom.lock': 'Zablokuj pokój',
  'meetings.waitingRoom.lockedHint': 'Nowo przybyli czekają, aż prowadzący ich wpuści.',
  'meetings.waitingRoom.unlockedHint': 'Każdy, kto przyjdzie, wchodzi od razu.',
  'meetings.waitingRoom.nobodyWaiting': 'Nikt nie czeka.',
  'meetings.waitingRoom.peopleWaiting': '{count, plural, one {# osoba czeka} few {# osoby czekają} many {# osób czeka} other {# osoby czeka}}',
  'meetings.waitingRoom.listLabel': 'Oczekujący na wpuszczenie',
  'meetings.waitingRoom.admitName': 'Wpuść<hidden>: {name}</hidden>',
  'meetings.waitingRoom.admitAll': 'Wpuść wszystkich',

  'meetings.toolbar.label': 'Sterowanie spotkaniem',
  'meetings.toolbar.leave': 'Opuść sesję',
  'meetings.video.loading': 'Ładowanie wideo…',
  'meetings.video.frameTitle': 'Spotkanie wideo: {room}',
  'meetings.video.openInNewTab': 'Otwórz wideo w nowej karcie',
  'meetings.notice.connectionLost': 'Utracono połączenie z LTI Rooms. Ponowne łączenie… W tym czasie wideo działa dalej.',
  'meetings.notice.noHost': 'W tej chwili w spotkaniu nie ma prowadzącego.',
  'meetings.problem.title': 'Nie udało się potwierdzić miejsca w spotkaniu',
  'meetings.problem.dismiss': 'Zamknij',
  'meetings.mediaConsent.title': 'Włączyć kamerę i mikrofon?',
  'meetings.mediaConsent.text':
    'Nadano rolę moderatora tej sesji, a wraz z nią miejsce na scenie. Kamera i mikrofon pozostają wyłączone do czasu ich włączenia – tutaj lub na pasku narzędzi wideo.',
  'meetings.mediaConsent.confirm': 'Włącz',
  'meetings.mediaConsent.cancel': 'Nie teraz',

  'meetings.endSession.button': 'Zakończ sesję dla wszystkich',
  'meetings.endSession.confirmTitle': 'Zakończyć sesję dla wszystkich?',
  'meetings.endSession.confirmText': 'Wszyscy od razu opuszczą spotkanie, a połączenie wideo zostanie zamknięte dla wszystkich.',
  'meetings.endSession.confirm': 'Zakończ sesję',
  'meetings.endSession.failed': 'Nie udało się zakończyć sesji',

  'meetings.full.title': 'Ten pokój jest pełny',
  'meetings.full.label': 'Pokój pełny',
  'meetings.ended.title': 'Ta sesja się zakończyła',
  'meetings.ended.label': 'Sesja zakończona',
  'meetings.ended.rejoin': 'Dołącz ponownie',
  'meetings.error.title': 'Nie udało się otworzyć spotkania',
  'meetings.error.code': 'Kod błędu: {code}',

  'meetings.deviceCheck.checking': 'Sprawdzanie kamery i mikrofonu…',
  'meetings.deviceCheck.ready': 'Kamera i mikrofon są gotowe.',
  'meetings.deviceCheck.unavailable': 'Kamera lub mikrofon są niedostępne. Mimo to można wejść na scenę i włączyć je podczas spotkania.',
};
