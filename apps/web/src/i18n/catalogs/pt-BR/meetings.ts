import type { meetings as english } from '../en/meetings';
import type { Translation } from '../translation';

export const meetings: Translation<typeof english> = {
  'meetings.opening.title': 'Abrindo a reunião',
  'meetings.opening.loading': 'Abrindo a reunião…',
  'meetings.leaving': 'Saindo da sessão…',
  'meetings.reconnecting': 'Reconectando ao LTI Rooms…',
  'meetings.connectionLost': 'A conexão com o LTI Rooms foi perdida. Reconectando…',
  'meetings.backToCourse': 'Voltar ao curso',
  'meetings.tryAgain': 'Tentar novamente',

  'meetings.countdown.label': 'Contagem regressiva',
  'meetings.countdown.opensIn': 'A sala de espera abre em {countdown}',
  'meetings.countdown.keepOpen': 'Mantenha esta página aberta: você entrará na sala de espera automaticamente.',

  'meetings.waiting.label': 'Sala de espera',
  'meetings.waiting.locked': 'A reunião está em andamento e a sala está trancada: um anfitrião deixará você entrar.',
  'meetings.waiting.startsAt': 'A reunião começa automaticamente às {time}. Um anfitrião pode iniciá-la antes.',
  'meetings.waiting.forHost': 'Aguardando o anfitrião iniciar a reunião…',
  'meetings.waiting.startsIn': 'Começa em {countdown}',
  'meetings.waiting.lockedKeepOpen': 'Você entra assim que um anfitrião admitir você. Mantenha esta página aberta.',
  'meetings.waiting.keepOpen': 'Você entra automaticamente assim que a reunião começar. Mantenha esta página aberta.',
  'meetings.waiting.leave': 'Sair',

  'meetings.waitingRoom.title': 'Sala de espera',
  'meetings.waitingRoom.lock': 'Bloquear a sala',
  'meetings.waitingRoom.lockedHint': 'Quem chegar aguarda até que um anfitrião o admita.',
  'meetings.waitingRoom.unlockedHint': 'Todos que chegam entram diretamente.',
  'meetings.waitingRoom.nobodyWaiting': 'Ninguém está aguardando.',
  'meetings.waitingRoom.peopleWaiting': '{count, plural, one {# pessoa aguardando} other {# pessoas aguardando}}',
  'meetings.waitingRoom.listLabel': 'Aguardando para entrar',
  'meetings.waitingRoom.admitName': 'Admitir<hidden> {name}</hidden>',
  'meetings.waitingRoom.admitAll': 'Admitir todos',

  'meetings.toolbar.label': 'Controles da reunião',
  'meetings.toolbar.leave': 'Sair da sessão',
  'meetings.video.loading': 'Carregando o vídeo…',
  'meetings.video.frameTitle': 'Reunião por vídeo: {room}',
  'meetings.video.openInNewTab': 'Abrir o vídeo em uma nova aba',
  'meetings.notice.connectionLost': 'A conexão com o LTI Rooms foi perdida. Reconectando… Enquanto isso, o vídeo continua.',
  'meetings.notice.noHost': 'No momento, não há nenhum anfitrião na reunião.',
  'meetings.problem.title': 'Não foi possível confirmar seu lugar na reunião',
  'meetings.problem.dismiss': 'Fechar',
  'meetings.mediaConsent.title': 'Ligar sua câmera e seu microfone?',
  'meetings.mediaConsent.text':
    'Um anfitrião tornou você moderador desta sessão, então você está no palco. Sua câmera e seu microfone ficam desligados até você ligá-los, aqui ou na barra de ferramentas do vídeo.',
  'meetings.mediaConsent.confirm': 'Ligar',
  'meetings.mediaConsent.cancel': 'Agora não',

  'meetings.endSession.button': 'Encerrar a sessão para todos',
  'meetings.endSession.confirmTitle': 'Encerrar a sessão para todos?',
  'meetings.endSession.confirmText': 'Todos saem da reunião agora, e a chamada de vídeo é encerrada para todos.',
  'meetings.endSession.confirm': 'Encerrar sessão',
  'meetings.endSession.failed': 'Não foi possível encerrar a sessão',

  'meetings.full.title': 'Esta sala está cheia',
  'meetings.full.label': 'Sala cheia',
  'meetings.ended.title': 'Esta sessão terminou',
  'meetings.ended.label': 'Sessão encerrada',
  'meetings.ended.rejoin': 'Entrar novamente',
  'meetings.error.title': 'Não foi possível abrir a reunião',
  'meetings.error.code': 'Código de erro: {code}',

  'meetings.deviceCheck.checking': 'Verificando sua câmera e seu microfone…',
  'meetings.deviceCheck.ready': 'A câmera e o microfone estão prontos.',
  'meetings.deviceCheck.unavailable': 'Sua câmera ou seu microfone não está disponível. Mesmo assim, você pode entrar no palco e ligá-los na reunião.',
};
