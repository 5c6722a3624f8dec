import type { meetingState as english } from '../en/meetingState';
import type { Translation } from '../translation';

export const meetingState: Translation<typeof english> = {
  'meetingState.countdown.hoursMinutes': '{hours} Std. {minutes} Min.',
  'meetingState.countdown.daysHours': '{days, plural, one {# Tag} other {# Tage}} {hours} Std.',

  'meetingState.roomFull': '{cap, plural, one {Der einzige Platz ist belegt. Versuchen Sie es gleich noch einmal.} other {Alle # Plätze sind belegt. Versuchen Sie es gleich noch einmal.}}',
  'meetingState.waitingCount': '{count, plural, one {# Person wartet} other {# Personen warten}}',
  'meetingState.inRoomCount': '{count, plural, one {# Person im Meeting} other {# Personen im Meeting}}',
  'meetingState.ended.hostEnded': 'Der/die Gastgeber/in hat die Sitzung für alle beendet.',
  'meetingState.ended.hostAbsent': 'Die Sitzung wurde beendet, weil eine Weile kein/e Gastgeber/in und kein/e Moderator/in anwesend war.',
  'meetingState.ended.scheduleEnded': 'Der Zeitraum des Raums ist vorbei.',
  'meetingState.ended.roomDeleted': 'Der Raum wurde gelöscht.',
  'meetingState.ended.abandoned': 'Der Warteraum wurde geschlossen, weil alle ihn vor Beginn des Meetings verlassen hatten.',

  'meetingState.camera.notOnStage': 'Nur Personen auf der Bühne können ihre Kamera einschalten: Sie können weiterhin zusehen und zuhören.',
  'meetingState.camera.capReached': 'Die Grenze von {cap, plural, one {# Kamera} other {# Kameras}} ist erreicht: Sie können weiterhin sprechen und zusehen.',

  'meetingState.attendance.waitingNotStarted': 'Warteraum offen, noch nicht begonnen',
  'meetingState.attendance.neverStarted': 'Nie begonnen',
  'meetingState.attendance.liveSince': 'Jetzt live · begonnen am {started}',
  'meetingState.attendance.period': '{start} – {end}',

  'meetingState.video.troubleTitle': 'Das Video konnte nicht geladen werden',
  'meetingState.video.unreachable':
    'Der Videodienst unter {domain} ist nicht erreichbar. Ursache kann ein Netzwerk sein, das ihn blockiert (etwa die Firewall eines Campus), oder ein Ausfall des Dienstes.',
  'meetingState.video.noAnswer': '{seconds, plural, one {Der Videodienst unter {domain} hat nicht innerhalb von # Sekunde geantwortet.} other {Der Videodienst unter {domain} hat nicht innerhalb von # Sekunden geantwortet.}}',
  'meetingState.video.retry': 'Erneut versuchen',
  'meetingState.video.openInNewTab': 'Video in einem neuen Tab öffnen',
  'meetingState.video.askAdministrator': 'Wenn das Problem bleibt, bitten Sie Ihre LTI-Rooms-Administration, den Videodienst unter Administration → Jitsi zu prüfen.',
  'meetingState.video.checkSetting': 'Wenn das Problem bleibt, prüfen Sie den Videodienst unter <link>Administration → Jitsi</link>.',

  'meetingState.device.cameraBlocked':
    'Ihr Browser blockiert die Kamera für dieses Meeting. Erlauben Sie sie über das Kamerasymbol in der Adressleiste (oder in den Website-Einstellungen) und schalten Sie die Kamera dann wieder ein.',
  'meetingState.device.microphoneBlocked':
    'Ihr Browser blockiert das Mikrofon für dieses Meeting. Erlauben Sie es über das Kamerasymbol in der Adressleiste (oder in den Website-Einstellungen) und schalten Sie das Mikrofon dann wieder ein.',
  'meetingState.device.cameraFailed': 'Ihre Kamera konnte nicht gestartet werden. Prüfen Sie, ob sie angeschlossen ist und keine andere App sie verwendet, und schalten Sie sie dann wieder ein.',
  'meetingState.device.microphoneFailed': 'Ihr Mikrofon konnte nicht gestartet werden. Prüfen Sie, ob es angeschlossen ist und keine andere App es verwendet, und schalten Sie es dann wieder ein.',
  'meetingState.device.frameBlocks':
    'Die Seite um LTI Rooms (Ihr LMS) erlaubt ihm nicht, Ihre Kamera und Ihr Mikrofon zu verwenden. Öffnen Sie das Video in einem neuen Tab oder bitten Sie die Administration Ihres LMS, Kamera, Mikrofon und Bildschirmfreigabe für LTI Rooms zu erlauben (allow="camera; microphone; display-capture" an seinem Frame).',
};
