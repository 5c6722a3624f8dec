import type { meetings as english } from '../en/meetings';
import type { Translation } from '../translation';

export const meetings: Translation<typeof english> = {
  'meetings.opening.title': 'Abriendo la reunión',
  'meetings.opening.loading': 'Abriendo la reunión…',
  'meetings.leaving': 'Saliendo de la sesión…',
  'meetings.reconnecting': 'Reconectando con LTI Rooms…',
  'meetings.connectionLost': 'Se ha perdido la conexión con LTI Rooms. Reconectando…',
  'meetings.backToCourse': 'Volver al curso',
  'meetings.tryAgain': 'Volver a intentarlo',

  'meetings.countdown.label': 'Cuenta atrás',
  'meetings.countdown.opensIn': 'La sala de espera abre en {countdown}',
  'meetings.countdown.keepOpen': 'Mantenga esta página abierta: entrará en la sala de espera automáticamente.',

  'meetings.waiting.label': 'Sala de espera',
  'meetings.waiting.locked': 'La reunión está en curso y la sala está bloqueada: un anfitrión le dejará entrar.',
  'meetings.waiting.startsAt': 'La reunión empieza automáticamente a las {time}. Un anfitrión puede empezarla antes.',
  'meetings.waiting.forHost': 'Esperando a que el anfitrión empiece la reunión…',
  'meetings.waiting.startsIn': 'Empieza en {countdown}',
  'meetings.waiting.lockedKeepOpen': 'Entrará en cuanto un anfitrión le admita. Mantenga esta página abierta.',
  'meetings.waiting.keepOpen': 'Entrará automáticamente en cuanto empiece la reunión. Mantenga esta página abierta.',
  'meetings.waiting.leave': 'Salir',

  'meetings.waitingRoom.title': 'Sala de espera',
  'meetings.waitingRoom.lock': 'Bloquear la sala',
  'meetings.waitingRoom.lockedHint': 'Quienes lleguen esperarán hasta que un anfitrión los admita.',
  'meetings.waitingRoom.unlockedHint': 'Todo el que llega entra directamente.',
  'meetings.waitingRoom.nobodyWaiting': 'No hay nadie esperando.',
  'meetings.waitingRoom.peopleWaiting': '{count, plural, one {# persona esperando} other {# personas esperando}}',
  'meetings.waitingRoom.listLabel': 'Esperando para entrar',
  'meetings.waitingRoom.admitName': 'Admitir<hidden> a {name}</hidden>',
  'meetings.waitingRoom.admitAll': 'Admitir a todos',

  'meetings.toolbar.label': 'Controles de la reunión',
  'meetings.toolbar.leave': 'Salir de la sesión',
  'meetings.video.loading': 'Cargando el vídeo…',
  'meetings.video.frameTitle': 'Reunión por vídeo: {room}',
  'meetings.video.openInNewTab': 'Abrir el vídeo en una pestaña nueva',
  'meetings.notice.connectionLost': 'Se ha perdido la conexión con LTI Rooms. Reconectando… Mientras tanto, el vídeo continúa.',
  'meetings.notice.noHost': 'En este momento no hay ningún anfitrión en la reunión.',
  'meetings.problem.title': 'No se ha podido confirmar su lugar en la reunión',
  'meetings.problem.dismiss': 'Cerrar',
  'meetings.mediaConsent.title': '¿Activar la cámara y el micrófono?',
  'meetings.mediaConsent.text':
    'Un anfitrión le ha hecho moderador de esta sesión, así que está en el escenario. La cámara y el micrófono seguirán apagados hasta que los active, aquí o en la barra de herramientas del vídeo.',
  'meetings.mediaConsent.confirm': 'Activarlos',
  'meetings.mediaConsent.cancel': 'Ahora no',

  'meetings.endSession.button': 'Finalizar la sesión para todos',
  'meetings.endSession.confirmTitle': '¿Finalizar la sesión para todos?',
  'meetings.endSession.confirmText': 'Todos salen de la reunión ahora y la videollamada se cierra para todos.',
  'meetings.endSession.confirm': 'Finalizar la sesión',
  'meetings.endSession.failed': 'No se ha podido finalizar la sesión',

  'meetings.full.title': 'Esta sala está llena',
  'meetings.full.label': 'Sala llena',
  'meetings.ended.title': 'Esta sesión ha terminado',
  'meetings.ended.label': 'Sesión terminada',
  'meetings.ended.rejoin': 'Volver a unirse',
  'meetings.error.title': 'No se ha podido abrir la reunión',
  'meetings.error.code': 'Código de error: {code}',

  'meetings.deviceCheck.checking': 'Comprobando la cámara y el micrófono…',
  'meetings.deviceCheck.ready': 'La cámara y el micrófono están listos.',
  'meetings.deviceCheck.unavailable': 'La cámara o el micrófono no están disponibles. Aun así puede subir al escenario y activarlos en la reunión.',
};
