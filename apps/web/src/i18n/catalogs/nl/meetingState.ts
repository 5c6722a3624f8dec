import type { meetingState as english } from '../en/meetingState';
import type { Translation } from '../translation';

export const meetingState: Translation<typeof english> = {
  'meetingState.countdown.hoursMinutes': '{hours} u {minutes} min',
  'meetingState.countdown.daysHours': '{days, plural, one {# dag} other {# dagen}} {hours} u',

  'meetingState.roomFull': '{cap, plural, one {De enige plaats is bezet. Probeer het zo meteen opnieuw.} other {Alle # plaatsen zijn bezet. Probeer het zo meteen opnieuw.}}',
  'meetingState.waitingCount': '{count, plural, one {# persoon wacht} other {# personen wachten}}',
  'meetingState.inRoomCount': '{count, plural, one {# persoon in de vergadering} other {# personen in de vergadering}}',
  'meetingState.ended.hostEnded': 'De host heeft de sessie voor iedereen beëindigd.',
  'meetingState.ended.hostAbsent': 'De sessie is beëindigd omdat er een tijdlang geen host of moderator aanwezig was.',
  'meetingState.ended.scheduleEnded': 'De tijdsperiode van de ruimte is voorbij.',
  'meetingState.ended.roomDeleted': 'De ruimte is verwijderd.',
  'meetingState.ended.abandoned': 'De wachtruimte is gesloten omdat iedereen haar had verlaten voordat de vergadering begon.',

  'meetingState.camera.notOnStage': 'Alleen mensen op het podium kunnen hun camera aanzetten: je kunt nog steeds kijken en luisteren.',
  'meetingState.camera.capReached': 'De limiet van {cap, plural, one {# camera} other {# camera’s}} is bereikt: je kunt nog steeds spreken en kijken.',

  'meetingState.attendance.waitingNotStarted': 'Wachtruimte open, nog niet begonnen',
  'meetingState.attendance.neverStarted': 'Nooit begonnen',
  'meetingState.attendance.liveSince': 'Nu live · begonnen op {started}',
  'meetingState.attendance.period': '{start} – {end}',

  'meetingState.video.troubleTitle': 'De video kon niet worden geladen',
  'meetingState.video.unreachable':
    'De videodienst op {domain} is niet bereikbaar. Een netwerk dat hem blokkeert (zoals de firewall van een campus) of een storing van de dienst kan de oorzaak zijn.',
  'meetingState.video.noAnswer': '{seconds, plural, one {De videodienst op {domain} heeft niet binnen # seconde geantwoord.} other {De videodienst op {domain} heeft niet binnen # seconden geantwoord.}}',
  'meetingState.video.retry': 'Opnieuw proberen',
  'meetingState.video.openInNewTab': 'De video in een nieuw tabblad openen',
  'meetingState.video.askAdministrator': 'Blijft dit gebeuren, vraag dan je LTI Rooms-beheerder de videodienst te controleren onder Beheer → Jitsi.',
  'meetingState.video.checkSetting': 'Blijft dit gebeuren, controleer dan de videodienst onder <link>Beheer → Jitsi</link>.',

  'meetingState.device.cameraBlocked':
    'Je browser blokkeert de camera voor deze vergadering. Sta hem toe via het camerapictogram in de adresbalk (of de site-instellingen) en zet de camera daarna opnieuw aan.',
  'meetingState.device.microphoneBlocked':
    'Je browser blokkeert de microfoon voor deze vergadering. Sta hem toe via het camerapictogram in de adresbalk (of de site-instellingen) en zet de microfoon daarna opnieuw aan.',
  'meetingState.device.cameraFailed': 'Je camera kon niet worden gestart. Controleer of hij is aangesloten en of geen andere app hem gebruikt, en zet hem daarna opnieuw aan.',
  'meetingState.device.microphoneFailed': 'Je microfoon kon niet worden gestart. Controleer of hij is aangesloten en of geen andere app hem gebruikt, en zet hem daarna opnieuw aan.',
  'meetingState.device.frameBlocks':
    'De pagina rond LTI Rooms (je LMS) laat LTI Rooms je camera en microfoon niet gebruiken. Open de video in een nieuw tabblad, of vraag de beheerder van je LMS om camera, microfoon en scherm delen toe te staan voor LTI Rooms (allow="camera; microphone; display-capture" op het frame).',
};
