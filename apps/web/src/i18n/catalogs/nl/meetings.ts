import type { meetings as english } from '../en/meetings';
import type { Translation } from '../translation';

export const meetings: Translation<typeof english> = {
  'meetings.opening.title': 'De vergadering wordt geopend',
  'meetings.opening.loading': 'Vergadering wordt geopend…',
  'meetings.leaving': 'Sessie wordt verlaten…',
  'meetings.reconnecting': 'Opnieuw verbinden met LTI Rooms…',
  'meetings.connectionLost': 'De verbinding met LTI Rooms is verbroken. Opnieuw verbinden…',
  'meetings.backToCourse': 'Terug naar de cursus',
  'meetings.tryAgain': 'Opnieuw proberen',

  'meetings.countdown.label': 'Aftellen',
  'meetings.countdown.opensIn': 'De wachtruimte opent over {countdown}',
  'meetings.countdown.keepOpen': 'Houd deze pagina open: je komt automatisch in de wachtruimte.',

  'meetings.waiting.label': 'Wachtruimte',
  'meetings.waiting.locked': 'De vergadering is bezig en de ruimte is vergrendeld: een host laat je binnen.',
  'meetings.waiting.startsAt': 'De vergadering begint vanzelf om {time}. Een host kan de vergadering eerder starten.',
  'meetings.waiting.forHost': 'Wachten tot de host de vergadering start…',
  'meetings.waiting.startsIn': 'Begint over {countdown}',
  'meetings.waiting.lockedKeepOpen': 'Je neemt deel zodra een host je toelaat. Houd deze pagina open.',
  'meetings.waiting.keepOpen': 'Je neemt automatisch deel zodra de vergadering begint. Houd deze pagina open.',
  'meetings.waiting.leave': 'Verlaten',

  'meetings.waitingRoom.title': 'Wachtruimte',
  'meetings.waitingRoom.lock': 'Ruimte vergrendelen',
  'meetings.waitingRoom.lockedHint': 'Nieuwkomers wachten tot een host ze toelaat.',
  'meetings.waitingRoom.unlockedHint': 'Iedereen die aankomt, komt direct binnen.',
  'meetings.waitingRoom.nobodyWaiting': 'Er wacht niemand.',
  'meetings.waitingRoom.peopleWaiting': '{count, plural, one {# persoon wacht} other {# personen wachten}}',
  'meetings.waitingRoom.listLabel': 'Wacht op toelating',
  'meetings.waitingRoom.admitName': 'Toelaten<hidden>: {name}</hidden>',
  'meetings.waitingRoom.admitAll': 'Iedereen toelaten',

  'meetings.toolbar.label': 'Bediening van de vergadering',
  'meetings.toolbar.leave': 'Sessie verlaten',
  'meetings.video.loading': 'Video wordt geladen…',
  'meetings.video.frameTitle': 'Videovergadering: {room}',
  'meetings.video.openInNewTab': 'De video in een nieuw tabblad openen',
  'meetings.notice.connectionLost': 'De verbinding met LTI Rooms is verbroken. Opnieuw verbinden… De video gaat intussen door.',
  'meetings.notice.noHost': 'Er is op dit moment geen host in de vergadering.',
  'meetings.problem.title': 'Je plaats in de vergadering kon niet worden bevestigd',
  'meetings.problem.dismiss': 'Sluiten',
  'meetings.mediaConsent.title': 'Je camera en microfoon aanzetten?',
  'meetings.mediaConsent.text':
    'Een host heeft je moderator van deze sessie gemaakt, dus je staat op het podium. Je camera en microfoon blijven uit tot je ze aanzet, hier of in de werkbalk van de video.',
  'meetings.mediaConsent.confirm': 'Aanzetten',
  'meetings.mediaConsent.cancel': 'Niet nu',

  'meetings.endSession.button': 'Sessie voor iedereen beëindigen',
  'meetings.endSession.confirmTitle': 'De sessie voor iedereen beëindigen?',
  'meetings.endSession.confirmText': 'Iedereen verlaat nu de vergadering en het videogesprek wordt voor iedereen gesloten.',
  'meetings.endSession.confirm': 'Sessie beëindigen',
  'meetings.endSession.failed': 'De sessie kon niet worden beëindigd',

  'meetings.full.title': 'Deze ruimte is vol',
  'meetings.full.label': 'Ruimte vol',
  'meetings.ended.title': 'Deze sessie is afgelopen',
  'meetings.ended.label': 'Sessie afgelopen',
  'meetings.ended.rejoin': 'Opnieuw deelnemen',
  'meetings.error.title': 'De vergadering kon niet worden geopend',
  'meetings.error.code': 'Foutcode: {code}',

  'meetings.deviceCheck.checking': 'Je camera en microfoon worden gecontroleerd…',
  'meetings.deviceCheck.ready': 'Camera en microfoon zijn klaar.',
  'meetings.deviceCheck.unavailable': 'Je camera of microfoon is niet beschikbaar. Je kunt toch op het podium gaan en ze in de vergadering aanzetten.',
};
