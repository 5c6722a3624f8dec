import type { meetingState as english } from '../en/meetingState';
import type { Translation } from '../translation';

export const meetingState: Translation<typeof english> = {
  'meetingState.countdown.hoursMinutes': '{hours} h {minutes} min',
  'meetingState.countdown.daysHours': '{days, plural, one {# jour} other {# jours}} {hours} h',

  'meetingState.roomFull': '{cap, plural, one {L’unique place est prise. Réessayez dans un instant.} other {Les # places sont toutes prises. Réessayez dans un instant.}}',
  'meetingState.waitingCount': '{count, plural, one {# personne en attente} other {# personnes en attente}}',
  'meetingState.inRoomCount': '{count, plural, one {# personne dans la réunion} other {# personnes dans la réunion}}',
  'meetingState.ended.hostEnded': 'L’hôte a terminé la session pour tout le monde.',
  'meetingState.ended.hostAbsent': 'La session s’est terminée car aucun hôte ni modérateur n’était présent depuis un moment.',
  'meetingState.ended.scheduleEnded': 'La plage horaire de la salle est terminée.',
  'meetingState.ended.roomDeleted': 'La salle a été supprimée.',
  'meetingState.ended.abandoned': 'La salle d’attente a été fermée car tout le monde l’avait quittée avant le début de la réunion.',

  'meetingState.camera.notOnStage': 'Seules les personnes sur scène peuvent allumer leur caméra : vous pouvez toujours regarder et écouter.',
  'meetingState.camera.capReached': 'La limite de {cap, plural, one {# caméra} other {# caméras}} est atteinte : vous pouvez toujours parler et regarder.',

  'meetingState.attendance.waitingNotStarted': 'Salle d’attente ouverte, pas encore commencée',
  'meetingState.attendance.neverStarted': 'Jamais commencée',
  'meetingState.attendance.liveSince': 'En direct · commencée le {started}',
  'meetingState.attendance.period': '{start} – {end}',

  'meetingState.video.troubleTitle': 'La vidéo n’a pas pu être chargée',
  'meetingState.video.unreachable':
    'Le service vidéo sur {domain} est injoignable. Un réseau qui le bloque (comme le pare-feu d’un campus) ou une panne du service peut en être la cause.',
  'meetingState.video.noAnswer': '{seconds, plural, one {Le service vidéo sur {domain} n’a pas répondu en # seconde.} other {Le service vidéo sur {domain} n’a pas répondu en # secondes.}}',
  'meetingState.video.retry': 'Réessayer',
  'meetingState.video.openInNewTab': 'Ouvrir la vidéo dans un nouvel onglet',
  'meetingState.video.askAdministrator': 'Si cela continue, demandez à votre administrateur LTI Rooms de vérifier le service vidéo sous Administration → Jitsi.',
  'meetingState.video.checkSetting': 'Si cela continue, vérifiez le service vidéo sous <link>Administration → Jitsi</link>.',

  'meetingState.device.cameraBlocked':
    'Votre navigateur bloque la caméra pour cette réunion. Autorisez-la avec l’icône de caméra dans la barre d’adresse (ou dans les paramètres du site), puis rallumez la caméra.',
  'meetingState.device.microphoneBlocked':
    'Votre navigateur bloque le micro pour cette réunion. Autorisez-le avec l’icône de caméra dans la barre d’adresse (ou dans les paramètres du site), puis rallumez le micro.',
  'meetingState.device.cameraFailed': 'Votre caméra n’a pas pu démarrer. Vérifiez qu’elle est branchée et qu’aucune autre application ne l’utilise, puis rallumez-la.',
  'meetingState.device.microphoneFailed': 'Votre micro n’a pas pu démarrer. Vérifiez qu’il est branché et qu’aucune autre application ne l’utilise, puis rallumez-le.',
  'meetingState.device.frameBlocks':
    'La page qui contient LTI Rooms (votre LMS) ne lui permet pas d’utiliser votre caméra et votre micro. Ouvrez la vidéo dans un nouvel onglet, ou demandez à l’administrateur de votre LMS d’autoriser la caméra, le micro et le partage d’écran pour LTI Rooms (allow="camera; microphone; display-capture" sur son cadre).',
};
