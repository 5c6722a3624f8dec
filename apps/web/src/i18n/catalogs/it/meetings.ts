import type { meetings as english } from '../en/meetings';
import type { Translation } from '../translation';

export const meetings: Translation<typeof english> = {
  'meetings.opening.title': 'Apertura della riunione',
  'meetings.opening.loading': 'Apertura della riunione…',
  'meetings.leaving': 'Uscita dalla sessione…',
  'meetings.reconnecting': 'Riconnessione a LTI Rooms…',
  'meetings.connectionLost': 'La connessione a LTI Rooms si è interrotta. Riconnessione…',
  'meetings.backToCourse': 'Torna al corso',
  'meetings.tryAgain': 'Riprova',

  'meetings.countdown.label': 'Conto alla rovescia',
  'meetings.countdown.opensIn': 'La sala d’attesa apre tra {countdown}',
  'meetings.countdown.keepOpen': 'Tieni aperta questa pagina: entrerai automaticamente nella sala d’attesa.',

  'meetings.waiting.label': 'Sala d’attesa',
  'meetings.waiting.locked': 'La riunione è in corso e la stanza è bloccata: un host ti farà entrare.',
  'meetings.waiting.startsAt': 'La riunione inizia automaticamente alle {time}. Un host può avviarla prima.',
  'meetings.waiting.forHost': 'In attesa che l’host avvii la riunione…',
  'meetings.waiting.startsIn': 'Inizia tra {countdown}',
  'meetings.waiting.lockedKeepOpen': 'Entri non appena un host ti ammette. Tieni aperta questa pagina.',
  'meetings.waiting.keepOpen': 'Entri automaticamente non appena la riunione inizia. Tieni aperta questa pagina.',
  'meetings.waiting.leave': 'Esci',

  'meetings.waitingRoom.title': 'Sala d’attesa',
  'meetings.waitingRoom.lock': 'Blocca la stanza',
  'meetings.waitingRoom.lockedHint': 'Chi arriva attende finché un host non lo ammette.',
  'meetings.waitingRoom.unlockedHint': 'Chiunque arrivi entra direttamente.',
  'meetings.waitingRoom.nobodyWaiting': 'Nessuno è in attesa.',
  'meetings.waitingRoom.peopleWaiting': '{count, plural, one {# persona in attesa} other {# persone in attesa}}',
  'meetings.waitingRoom.listLabel': 'In attesa di entrare',
  'meetings.waitingRoom.admitName': 'Ammetti<hidden> {name}</hidden>',
  'meetings.waitingRoom.admitAll': 'Ammetti tutti',

  'meetings.toolbar.label': 'Controlli della riunione',
  'meetings.toolbar.leave': 'Esci dalla sessione',
  'meetings.video.loading': 'Caricamento del video…',
  'meetings.video.frameTitle': 'Riunione video: {room}',
  'meetings.video.openInNewTab': 'Apri il video in una nuova scheda',
  'meetings.notice.connectionLost': 'La connessione a LTI Rooms si è interrotta. Riconnessione… Nel frattempo il video continua.',
  'meetings.notice.noHost': 'Al momento non c’è nessun host nella riunione.',
  'meetings.problem.title': 'Non è stato possibile confermare il tuo posto nella riunione',
  'meetings.problem.dismiss': 'Ignora',
  'meetings.mediaConsent.title': 'Attivare videocamera e microfono?',
  'meetings.mediaConsent.text':
    'Un host ti ha nominato moderatore di questa sessione, quindi sei sul palco. Videocamera e microfono restano spenti finché non li attivi, qui o nella barra degli strumenti del video.',
  'meetings.mediaConsent.confirm': 'Attivali',
  'meetings.mediaConsent.cancel': 'Non ora',

  'meetings.endSession.button': 'Termina la sessione per tutti',
  'meetings.endSession.confirmTitle': 'Terminare la sessione per tutti?',
  'meetings.endSession.confirmText': 'Tutti escono subito dalla riunione e la videochiamata si chiude per tutti.',
  'meetings.endSession.confirm': 'Termina la sessione',
  'meetings.endSession.failed': 'Non è stato possibile terminare la sessione',

  'meetings.full.title': 'Questa stanza è piena',
  'meetings.full.label': 'Stanza piena',
  'meetings.ended.title': 'Questa sessione è terminata',
  'meetings.ended.label': 'Sessione terminata',
  'meetings.ended.rejoin': 'Rientra',
  'meetings.error.title': 'Non è stato possibile aprire la riunione',
  'meetings.error.code': 'Codice di errore: {code}',

  'meetings.deviceCheck.checking': 'Verifica di videocamera e microfono…',
  'meetings.deviceCheck.ready': 'Videocamera e microfono sono pronti.',
  'meetings.deviceCheck.unavailable': 'La videocamera o il microfono non sono disponibili. Puoi comunque salire sul palco e attivarli nella riunione.',
};
