import type { meetingState as english } from '../en/meetingState';
import type { Translation } from '../translation';

export const meetingState: Translation<typeof english> = {
  'meetingState.countdown.hoursMinutes': '{hours} h {minutes} min',
  'meetingState.countdown.daysHours': '{days, plural, one {# día} other {# días}} {hours} h',

  'meetingState.roomFull': '{cap, plural, one {La única plaza está ocupada. Inténtelo de nuevo en un momento.} other {Las # plazas están ocupadas. Inténtelo de nuevo en un momento.}}',
  'meetingState.waitingCount': '{count, plural, one {# persona esperando} other {# personas esperando}}',
  'meetingState.inRoomCount': '{count, plural, one {# persona en la reunión} other {# personas en la reunión}}',
  'meetingState.ended.hostEnded': 'El anfitrión terminó la sesión para todos.',
  'meetingState.ended.hostAbsent': 'La sesión terminó porque durante un rato no hubo ningún anfitrión ni moderador presente.',
  'meetingState.ended.scheduleEnded': 'El periodo de la sala ha terminado.',
  'meetingState.ended.roomDeleted': 'Se ha eliminado la sala.',
  'meetingState.ended.abandoned': 'La sala de espera se cerró porque todos la habían abandonado antes de que empezara la reunión.',

  'meetingState.camera.notOnStage': 'Solo las personas en el escenario pueden activar su cámara: usted puede seguir viendo y escuchando.',
  'meetingState.camera.capReached': 'Se ha alcanzado el límite de {cap, plural, one {# cámara} other {# cámaras}}: usted puede seguir hablando y viendo.',

  'meetingState.attendance.waitingNotStarted': 'Sala de espera abierta, aún no ha empezado',
  'meetingState.attendance.neverStarted': 'Nunca empezó',
  'meetingState.attendance.liveSince': 'En directo · empezó el {started}',
  'meetingState.attendance.period': '{start} – {end}',

  'meetingState.video.troubleTitle': 'No se ha podido cargar el vídeo',
  'meetingState.video.unreachable':
    'No se ha podido contactar con el servicio de vídeo en {domain}. Puede deberse a una red que lo bloquea (como el cortafuegos de un campus) o a una caída del servicio.',
  'meetingState.video.noAnswer': '{seconds, plural, one {El servicio de vídeo en {domain} no respondió en # segundo.} other {El servicio de vídeo en {domain} no respondió en # segundos.}}',
  'meetingState.video.retry': 'Volver a intentarlo',
  'meetingState.video.openInNewTab': 'Abrir el vídeo en una pestaña nueva',
  'meetingState.video.askAdministrator': 'Si el problema continúa, pida al administrador de LTI Rooms que revise el servicio de vídeo en Administración → Jitsi.',
  'meetingState.video.checkSetting': 'Si el problema continúa, revise el servicio de vídeo en <link>Administración → Jitsi</link>.',

  'meetingState.device.cameraBlocked':
    'Su navegador bloquea la cámara en esta reunión. Permítala con el icono de la cámara en la barra de direcciones (o en la configuración del sitio) y vuelva a activar la cámara.',
  'meetingState.device.microphoneBlocked':
    'Su navegador bloquea el micrófono en esta reunión. Permítalo con el icono de la cámara en la barra de direcciones (o en la configuración del sitio) y vuelva a activar el micrófono.',
  'meetingState.device.cameraFailed': 'No se ha podido iniciar la cámara. Compruebe que está conectada y que ninguna otra aplicación la está usando, y vuelva a activarla.',
  'meetingState.device.microphoneFailed': 'No se ha podido iniciar el micrófono. Compruebe que está conectado y que ninguna otra aplicación lo está usando, y vuelva a activarlo.',
  'meetingState.device.frameBlocks':
    'La página que contiene LTI Rooms (su LMS) no le permite usar la cámara ni el micrófono. Abra el vídeo en una pestaña nueva o pida al administrador de su LMS que permita la cámara, el micrófono y compartir pantalla para LTI Rooms (allow="camera; microphone; display-capture" en su marco).',
};
