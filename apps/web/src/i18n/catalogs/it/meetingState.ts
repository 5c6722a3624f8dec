import type { meetingState as english } from '../en/meetingState';
import type { Translation } from '../translation';

export const meetingState: Translation<typeof english> = {
  'meetingState.countdown.hoursMinutes': '{hours} h {minutes} min',
  'meetingState.countdown.daysHours': '{days, plural, one {# giorno} other {# giorni}} {hours} h',

  'meetingState.roomFull': '{cap, plural, one {L’unico posto è occupato. Riprova tra un momento.} other {Tutti i # posti sono occupati. Riprova tra un momento.}}',
  'meetingState.waitingCount': '{count, plural, one {# persona in attesa} other {# persone in attesa}}',
  'meetingState.inRoomCount': '{count, plural, one {# persona nella riunione} other {# persone nella riunione}}',
  'meetingState.ended.hostEnded': 'L’host ha terminato la sessione per tutti.',
  'meetingState.ended.hostAbsent': 'La sessione è terminata perché per un po’ non era presente nessun host o moderatore.',
  'meetingState.ended.scheduleEnded': 'L’intervallo di tempo della stanza è terminato.',
  'meetingState.ended.roomDeleted': 'La stanza è stata eliminata.',
  'meetingState.ended.abandoned': 'La sala d’attesa è stata chiusa perché tutti l’avevano lasciata prima dell’inizio della riunione.',

  'meetingState.camera.notOnStage': 'Solo chi è sul palco può accendere la videocamera: puoi comunque guardare e ascoltare.',
  'meetingState.camera.capReached': 'È stato raggiunto il limite di {cap, plural, one {# videocamera} other {# videocamere}}: puoi comunque parlare e guardare.',

  'meetingState.attendance.waitingNotStarted': 'Sala d’attesa aperta, non ancora iniziata',
  'meetingState.attendance.neverStarted': 'Mai iniziata',
  'meetingState.attendance.liveSince': 'In diretta · iniziata il {started}',
  'meetingState.attendance.period': '{start} – {end}',

  'meetingState.video.troubleTitle': 'Impossibile caricare il video',
  'meetingState.video.unreachable':
    'Il servizio video su {domain} non è raggiungibile. Può dipendere da una rete che lo blocca (come il firewall di un campus) o da un’interruzione del servizio.',
  'meetingState.video.noAnswer': '{seconds, plural, one {Il servizio video su {domain} non ha risposto entro # secondo.} other {Il servizio video su {domain} non ha risposto entro # secondi.}}',
  'meetingState.video.retry': 'Riprova',
  'meetingState.video.openInNewTab': 'Apri il video in una nuova scheda',
  'meetingState.video.askAdministrator': 'Se il problema continua, chiedi all’amministratore di LTI Rooms di controllare il servizio video in Amministrazione → Jitsi.',
  'meetingState.video.checkSetting': 'Se il problema continua, controlla il servizio video in <link>Amministrazione → Jitsi</link>.',

  'meetingState.device.cameraBlocked':
    'Il browser blocca la videocamera per questa riunione. Consentila con l’icona della videocamera nella barra degli indirizzi (o nelle impostazioni del sito), poi riaccendi la videocamera.',
  'meetingState.device.microphoneBlocked':
    'Il browser blocca il microfono per questa riunione. Consentilo con l’icona della videocamera nella barra degli indirizzi (o nelle impostazioni del sito), poi riaccendi il microfono.',
  'meetingState.device.cameraFailed': 'Impossibile avviare la videocamera. Controlla che sia collegata e che nessun’altra app la stia usando, poi riaccendila.',
  'meetingState.device.microphoneFailed': 'Impossibile avviare il microfono. Controlla che sia collegato e che nessun’altra app lo stia usando, poi riaccendilo.',
  'meetingState.device.frameBlocks':
    'La pagina che contiene LTI Rooms (il tuo LMS) non gli consente di usare la videocamera e il microfono. Apri il video in una nuova scheda, oppure chiedi all’amministratore del tuo LMS di consentire videocamera, microfono e condivisione dello schermo per LTI Rooms (allow="camera; microphone; display-capture" sul suo frame).',
};
