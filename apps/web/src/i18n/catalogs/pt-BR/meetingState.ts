import type { meetingState as english } from '../en/meetingState';
import type { Translation } from '../translation';

export const meetingState: Translation<typeof english> = {
  'meetingState.countdown.hoursMinutes': '{hours} h {minutes} min',
  'meetingState.countdown.daysHours': '{days, plural, one {# dia} other {# dias}} {hours} h',

  'meetingState.roomFull': '{cap, plural, one {A única vaga está ocupada. Tente novamente em instantes.} other {Todas as # vagas estão ocupadas. Tente novamente em instantes.}}',
  'meetingState.waitingCount': '{count, plural, one {# pessoa aguardando} other {# pessoas aguardando}}',
  'meetingState.inRoomCount': '{count, plural, one {# pessoa na reunião} other {# pessoas na reunião}}',
  'meetingState.ended.hostEnded': 'O anfitrião encerrou a sessão para todos.',
  'meetingState.ended.hostAbsent': 'A sessão foi encerrada porque nenhum anfitrião ou moderador esteve presente por algum tempo.',
  'meetingState.ended.scheduleEnded': 'O período da sala terminou.',
  'meetingState.ended.roomDeleted': 'A sala foi excluída.',
  'meetingState.ended.abandoned': 'A sala de espera foi fechada porque todos saíram dela antes de a reunião começar.',

  'meetingState.camera.notOnStage': 'Somente quem está no palco pode ligar a câmera: você ainda pode assistir e ouvir.',
  'meetingState.camera.capReached': 'O limite de {cap, plural, one {# câmera} other {# câmeras}} foi atingido: você ainda pode falar e assistir.',

  'meetingState.attendance.waitingNotStarted': 'Sala de espera aberta, ainda não começou',
  'meetingState.attendance.neverStarted': 'Nunca começou',
  'meetingState.attendance.liveSince': 'Ao vivo · começou em {started}',
  'meetingState.attendance.period': '{start} – {end}',

  'meetingState.video.troubleTitle': 'Não foi possível carregar o vídeo',
  'meetingState.video.unreachable':
    'Não foi possível acessar o serviço de vídeo em {domain}. Uma rede que o bloqueia (como o firewall de um campus) ou uma falha do serviço pode causar isso.',
  'meetingState.video.noAnswer': '{seconds, plural, one {O serviço de vídeo em {domain} não respondeu em # segundo.} other {O serviço de vídeo em {domain} não respondeu em # segundos.}}',
  'meetingState.video.retry': 'Tentar novamente',
  'meetingState.video.openInNewTab': 'Abrir o vídeo em uma nova aba',
  'meetingState.video.askAdministrator': 'Se isso continuar, peça ao administrador do LTI Rooms para verificar o serviço de vídeo em Administração → Jitsi.',
  'meetingState.video.checkSetting': 'Se isso continuar, verifique o serviço de vídeo em <link>Administração → Jitsi</link>.',

  'meetingState.device.cameraBlocked':
    'Seu navegador está bloqueando a câmera nesta reunião. Permita-a pelo ícone da câmera na barra de endereço (ou nas configurações do site) e ligue a câmera novamente.',
  'meetingState.device.microphoneBlocked':
    'Seu navegador está bloqueando o microfone nesta reunião. Permita-o pelo ícone da câmera na barra de endereço (ou nas configurações do site) e ligue o microfone novamente.',
  'meetingState.device.cameraFailed': 'Não foi possível iniciar sua câmera. Verifique se ela está conectada e se nenhum outro aplicativo a está usando e ligue-a novamente.',
  'meetingState.device.microphoneFailed': 'Não foi possível iniciar seu microfone. Verifique se ele está conectado e se nenhum outro aplicativo o está usando e ligue-o novamente.',
  'meetingState.device.frameBlocks':
    'A página em torno do LTI Rooms (seu LMS) não permite que ele use sua câmera e seu microfone. Abra o vídeo em uma nova aba ou peça ao administrador do seu LMS para permitir câmera, microfone e compartilhamento de tela para o LTI Rooms (allow="camera; microphone; display-capture" no quadro dele).',
};
