import type { launch as english } from '../en/launch';
import type { Translation } from '../translation';

export const launch: Translation<typeof english> = {
  'launch.opening.title': 'Apertura di LTI Rooms',
  'launch.login.status': 'Connessione al tuo corso…',
  'launch.check.status': 'Verifica dell’avvio dal corso…',
  'launch.storageAccess.title': 'Consenti LTI Rooms in questa pagina del corso',
  'launch.storageAccess.heading': 'Ancora un passaggio',
  'launch.storageAccess.explanation':
    'Il tuo browser impedisce a LTI Rooms di riconoscerti all’interno della pagina del corso. Consentigli di usare qui i suoi cookie e la stanza si aprirà. Il browser potrebbe chiederti una conferma.',
  'launch.storageAccess.allow': 'Consenti e continua',
  'launch.storageAccess.openInNewWindow': 'Apri invece in una nuova finestra',

  'launch.error.newWindow.heading': 'Apri LTI Rooms in una finestra a sé',
  'launch.error.newWindow.explanation':
    'Il tuo browser ha impedito a LTI Rooms di funzionare all’interno della pagina del corso. Aprirlo in una nuova finestra di solito risolve il problema.',
  'launch.error.newWindow.button': 'Apri in una nuova finestra',
  'launch.error.adminHeading': 'Per l’amministratore del tuo LMS',
  'launch.error.serverDetails': 'Dettagli: <code>{details}</code>',
  'launch.error.code': 'Codice di errore: <code>{errorCode}</code>',

  'launch.refusal.launchFailed.title': 'Impossibile aprire questa stanza',
  'launch.refusal.launchFailed.detail': 'Il tuo corso non è riuscito ad avviare LTI Rooms. Apri di nuovo la stanza dal tuo corso.',
  'launch.refusal.launchFailed.adminHint':
    'L’avvio LTI è stato rifiutato. Il log del server di LTI Rooms ne indica il motivo; verifica che la piattaforma sia registrata e attiva.',
  'launch.refusal.launchCheckFailed.title': 'Impossibile aprire questa stanza',
  'launch.refusal.launchCheckFailed.detail':
    'Impossibile raggiungere LTI Rooms per verificare l’avvio. Controlla la connessione, poi apri di nuovo la stanza dal tuo corso.',
  'launch.refusal.launchCheckFailed.adminHint':
    'La pagina non è riuscita a confermare l’avvio con il server di LTI Rooms (nessuna risposta, o una risposta illeggibile). Il log del server di LTI Rooms ne indica il motivo.',
  'launch.refusal.loginParameterTooLong.title': 'Il LMS ha inviato una richiesta di login troppo grande',
  'launch.refusal.loginParameterTooLong.detail':
    'Un parametro di login è più lungo di quanto LTI Rooms accetti, quindi il login non è stato avviato.',
  'launch.refusal.loginParameterTooLong.adminHint':
    'LTI Rooms conserva al massimo questo numero di caratteri per ogni parametro di login: {limits}. Controlla cosa invia la piattaforma a /lti/login.',
  'launch.refusal.rateLimited.title': 'Troppi avvii in questo momento',
  'launch.refusal.rateLimited.detail':
    'LTI Rooms sta ricevendo dalla tua rete o dal tuo LMS più richieste di quante ne accetti contemporaneamente. Attendi un momento, poi apri di nuovo lo strumento.',
  'launch.refusal.rateLimited.adminHint':
    'I limiti sono impostati da RATE_LIMIT_LTI_PER_IP, RATE_LIMIT_LTI_PER_ACCOUNT e RATE_LIMIT_REGISTER_PER_IP (vedi il README); aumentali se un’intera classe dietro uno stesso indirizzo viene rifiutata.',
  'launch.refusal.loginMissingParameters.title': 'Il LMS ha inviato una richiesta di login incompleta',
  'launch.refusal.loginMissingParameters.detail': 'Nella richiesta di login manca iss, login_hint o target_link_uri.',
  'launch.refusal.loginMissingParameters.adminHint':
    'Verifica che la piattaforma avvii il login OIDC su /lti/login con iss, login_hint e target_link_uri (LTI 1.3 Core, sezione 4.1).',
  'launch.refusal.unknownPlatform.title': 'Questo LMS non è registrato in LTI Rooms',
  'launch.refusal.unknownPlatform.detail': 'L’avvio proviene da una piattaforma (emittente e ID client) che LTI Rooms non conosce.',
  'launch.refusal.unknownPlatform.adminHint':
    'Registra la piattaforma con la registrazione dinamica (Dynamic Registration) o con `npm run platforms -- add`, e verifica che emittente e ID client corrispondano esattamente.',
  'launch.refusal.platformAmbiguous.title': 'LTI Rooms non sa quale registrazione di questo LMS usare',
  'launch.refusal.platformAmbiguous.detail': 'Il LMS ha iniziato l’avvio senza ID client, e più registrazioni attive condividono il suo emittente.',
  'launch.refusal.platformAmbiguous.adminHint':
    'Configura il LMS perché invii client_id nella richiesta di login (LTI 1.3 Core, sezione 4.1), oppure disattiva le registrazioni non più usate (`npm run platforms -- list`).',
  'launch.refusal.targetLinkForeign.title': 'L’avvio punta fuori da LTI Rooms',
  'launch.refusal.targetLinkForeign.detail': 'Il target_link_uri della richiesta di login non è un indirizzo di questo strumento.',
  'launch.refusal.targetLinkForeign.adminHint':
    'L’URI del link di destinazione nel LMS deve iniziare con l’indirizzo pubblico dello strumento (PUBLIC_URL), seguito da /lti/launch.',
  'launch.refusal.platformInactive.title': 'LTI Rooms non è ancora attivato per questo LMS',
  'launch.refusal.platformInactive.detail': 'Questa piattaforma è registrata, ma un amministratore non l’ha ancora attivata.',
  'launch.refusal.platformInactive.adminHint':
    'Un operatore di LTI Rooms deve attivare questa registrazione (`npm run platforms -- list` e `activate`, oppure la pagina dell’operatore). A un amministratore del LMS che apre lo strumento viene mostrato di quale registrazione si tratta.',
  'launch.refusal.deploymentMissing.title': 'L’avvio non indica alcuna distribuzione',
  'launch.refusal.deploymentMissing.detail': 'L’id_token non contiene il claim deployment_id.',
  'launch.refusal.deploymentMissing.adminHint': 'La piattaforma deve inviare https://purl.imsglobal.org/spec/lti/claim/deployment_id in ogni avvio.',
  'launch.refusal.deploymentUnknown.title': 'Questa distribuzione di LTI Rooms non è registrata',
  'launch.refusal.deploymentUnknown.detail': 'L’avvio proviene da un ID di distribuzione mai registrato per questa piattaforma.',
  'launch.refusal.deploymentUnknown.adminHint':
    'Aggiungi l’ID di distribuzione alla registrazione della piattaforma (`npm run platforms -- add-deployment`) oppure registra di nuovo lo strumento con la registrazione dinamica.',
  'launch.refusal.missingIdToken.title': 'Questo avvio non conteneva alcun messaggio LTI',
  'launch.refusal.missingIdToken.detail': 'La richiesta a /lti/launch non ha un id_token.',
  'launch.refusal.missingIdToken.adminHint':
    'La piattaforma deve inviare in POST i campi del modulo id_token e state a /lti/launch (modalità di risposta form_post).',
  'launch.refusal.malformedIdToken.title': 'Impossibile leggere il messaggio LTI',
  'launch.refusal.malformedIdToken.detail': 'L’id_token non è un JWT firmato ben formato.',
  'launch.refusal.malformedIdToken.adminHint': 'Controlla la configurazione LTI 1.3 della piattaforma; l’id_token deve essere un JWT firmato con RS256.',
  'launch.refusal.missingState.title': 'L’avvio ha perso il suo stato di login',
  'launch.refusal.missingState.detail': 'La richiesta a /lti/launch non ha il campo state.',
  'launch.refusal.missingState.adminHint': 'La piattaforma deve restituire invariato lo state ricevuto al suo endpoint di autorizzazione.',
  'launch.refusal.stateCookieMissing.title': 'Il tuo browser ha bloccato LTI Rooms nella pagina del corso',
  'launch.refusal.stateCookieMissing.detail':
    'Non è stato possibile collegare l’avvio a questo browser perché il suo cookie non è stato inviato. Succede quando i cookie di terze parti sono bloccati.',
  'launch.refusal.stateCookieMissing.adminHint':
    'Chiedi agli utenti di aprire lo strumento in una nuova finestra, oppure consenti i cookie di terze parti per questo sito. Lo strumento deve essere servito in https perché i suoi cookie siano SameSite=None; Secure.',
  'launch.refusal.stateMismatch.title': 'Questo avvio appartiene a un’altra finestra del browser',
  'launch.refusal.stateMismatch.detail': 'Lo stato di login nell’avvio non corrisponde al cookie di login di questo browser.',
  'launch.refusal.stateMismatch.adminHint': 'Di solito significa che un avvio è stato riprodotto o inoltrato. Avvialo di nuovo dal corso.',
  'launch.refusal.stateUnknown.title': 'Questo avvio è scaduto',
  'launch.refusal.stateUnknown.detail': 'Il login che ha dato origine a questo avvio è sconosciuto o risale a più di dieci minuti fa.',
  'launch.refusal.stateUnknown.adminHint': 'Avvialo di nuovo dal corso. Se continua a succedere, controlla l’orologio del server dello strumento.',
  'launch.refusal.launchReplayed.title': 'Questo avvio è già stato usato',
  'launch.refusal.launchReplayed.detail': 'Lo stesso login è stato presentato due volte. Ogni avvio può essere usato una sola volta.',
  'launch.refusal.launchReplayed.adminHint':
    'Avvialo di nuovo dal corso. Riproduzioni ripetute possono indicare un attacco o un proxy che reinvia le richieste.',
  'launch.refusal.badSignature.title': 'La firma del messaggio LTI non è valida',
  'launch.refusal.badSignature.detail': 'L’id_token non è stato firmato con una chiave della piattaforma registrata.',
  'launch.refusal.badSignature.adminHint':
    'Controlla l’URL del set di chiavi pubbliche (JWKS) della piattaforma nella registrazione e che la piattaforma firmi con una chiave elencata lì.',
  'launch.refusal.wrongIssuer.title': 'Il messaggio LTI proviene dalla piattaforma sbagliata',
  'launch.refusal.wrongIssuer.detail': 'L’emittente dell’id_token non è la piattaforma con cui è iniziato il login.',
  'launch.refusal.wrongIssuer.adminHint': 'Verifica che l’emittente della piattaforma nella registrazione corrisponda al claim iss che invia.',
  'launch.refusal.wrongAudience.title': 'Il messaggio LTI era destinato a un altro strumento',
  'launch.refusal.wrongAudience.detail': 'L’audience dell’id_token non include l’ID client di questo strumento.',
  'launch.refusal.wrongAudience.adminHint': 'Confronta l’ID client nella registrazione con i claim aud e azp inviati dalla piattaforma.',
  'launch.refusal.tokenExpired.title': 'Il messaggio LTI è scaduto',
  'launch.refusal.tokenExpired.detail': 'L’ora di scadenza dell’id_token è passata.',
  'launch.refusal.tokenExpired.adminHint': 'Avvialo di nuovo. Se continua a succedere, confronta gli orologi del LMS e del server dello strumento.',
  'launch.refusal.tokenTooOld.title': 'Il messaggio LTI è troppo vecchio',
  'launch.refusal.tokenTooOld.detail': 'L’id_token è stato emesso più di cinque minuti fa.',
  'launch.refusal.tokenTooOld.adminHint': 'Avvialo di nuovo. Se continua a succedere, confronta gli orologi del LMS e del server dello strumento.',
  'launch.refusal.tokenNotYetValid.title': 'Il messaggio LTI ha una data futura',
  'launch.refusal.tokenNotYetValid.detail': 'L’ora di emissione dell’id_token è nel futuro.',
  'launch.refusal.tokenNotYetValid.adminHint': 'Confronta gli orologi del LMS e del server dello strumento (NTP).',
  'launch.refusal.platformKeysUnavailable.title': 'Impossibile raggiungere il LMS per verificare questo avvio',
  'launch.refusal.platformKeysUnavailable.detail': 'LTI Rooms non è riuscito a ottenere le chiavi pubbliche della piattaforma per verificare l’avvio.',
  'launch.refusal.platformKeysUnavailable.adminHint':
    'Verifica che l’URL del set di chiavi (JWKS) nella registrazione sia raggiungibile dal server dello strumento.',
  'launch.refusal.nonceMismatch.title': 'Il messaggio LTI non risponde a questo login',
  'launch.refusal.nonceMismatch.detail': 'Il nonce dell’id_token non è quello che LTI Rooms ha inviato per questo login.',
  'launch.refusal.nonceMismatch.adminHint': 'La piattaforma deve copiare il nonce dalla richiesta di autorizzazione nell’id_token.',
  'launch.refusal.nonceReplayed.title': 'Questo messaggio LTI è già stato usato',
  'launch.refusal.nonceReplayed.detail': 'Il nonce dell’id_token è già stato accettato; ogni messaggio può essere usato una sola volta.',
  'launch.refusal.nonceReplayed.adminHint': 'Un id_token riprodotto può indicare un attacco o un proxy malfunzionante.',
  'launch.refusal.claimTooLong.title': 'Il messaggio LTI contiene un identificatore che LTI Rooms non può memorizzare',
  'launch.refusal.claimTooLong.detail':
    'Un identificatore nell’id_token (l’ID dell’utente, del corso, del link o della distribuzione) supera i 255 caratteri.',
  'launch.refusal.claimTooLong.adminHint':
    'LTI 1.3 limita questi identificatori a 255 caratteri (LTI 1.3 Core, sezioni 5.1.2, 5.3.1 e 5.4.1). Controlla cosa invia la piattaforma nel claim indicato nei dettagli.',
  'launch.refusal.invalidClaims.title': 'Il messaggio LTI è incompleto',
  'launch.refusal.invalidClaims.detail': 'All’id_token mancano claim richiesti da LTI 1.3.',
  'launch.refusal.invalidClaims.adminHint': 'Controlla il claim indicato nei dettagli rispetto a LTI 1.3 Core, sezione 5.',
  'launch.refusal.roomNotInCourse.title': 'Questa stanza non fa parte di questo corso',
  'launch.refusal.roomNotInCourse.detail': 'Il link indica una stanza che non è pubblicata in questo corso, e non puoi pubblicarla qui.',
  'launch.refusal.roomNotInCourse.adminHint':
    'Un link a una stanza si apre solo in un corso in cui la stanza è pubblicata, oppure per chi può pubblicarla lì (il proprietario o un co-publisher che sia docente del corso). Pubblica la stanza in questo corso dalla sua pagina di modifica, oppure inserisci di nuovo il link con Deep Linking; i link il cui riferimento alla stanza è stato modificato o copiato da un’altra piattaforma vengono rifiutati.',
  'launch.refusal.unsupportedMessage.title': 'LTI Rooms non può gestire questo tipo di avvio',
  'launch.refusal.unsupportedMessage.detail': 'Sono supportati solo gli avvii da link a risorsa (resource link) e da Deep Linking.',
  'launch.refusal.unsupportedMessage.adminHint':
    'Inserisci LTI Rooms come link a uno strumento esterno o tramite il flusso di selezione dei contenuti (Deep Linking).',

  'launch.inactiveRegistration.heading': 'Questa registrazione attende l’attivazione',
  'launch.inactiveRegistration.explanation':
    'Sei un amministratore di questo LMS, quindi vedi di quale registrazione di LTI Rooms si tratta. LTI Rooms rifiuta ogni avvio tramite essa finché un operatore di LTI Rooms (chi gestisce il server di LTI Rooms) non la attiva. Invia questi dati all’operatore.',
  'launch.inactiveRegistration.commandIntro': 'L’operatore la attiva sul server con:',
  'launch.inactiveRegistration.operatorPage':
    'oppure nella pagina dell’operatore di LTI Rooms (<code>{path}</code>), se sul server è configurato un segreto dell’operatore.',
  'launch.inactiveRegistration.removedIfPending':
    'Una registrazione che nessuno attiva viene rimossa dopo {days, plural, one {# giorno} other {# giorni}}; in quel caso ripeti la registrazione.',

  'launch.registration.lms': 'LMS',
  'launch.registration.issuer': 'Emittente',
  'launch.registration.clientId': 'ID client',
  'launch.registration.deploymentId': 'ID di distribuzione',
  'launch.registration.deploymentIds': 'ID di distribuzione',
  'launch.registration.noDeploymentYet': 'Ancora nessuno',
  'launch.registration.id': 'ID della registrazione',
  'launch.registration.registered': 'Registrata',
  'launch.registration.status': 'Stato',
  'launch.registration.pendingSince': 'In attesa di approvazione dal {when}',
  'launch.registration.inactive': 'Disattivata, o aggiunta come inattiva manualmente',

  'launch.operator.title': 'Operatore: attiva le registrazioni',
  'launch.operator.intro':
    'Per chi gestisce questo server di LTI Rooms. Una registrazione creata da un LMS tramite registrazione dinamica resta inattiva finché non viene attivata qui o con <code>{command}</code>; fino ad allora i suoi avvii vengono rifiutati.',
  'launch.operator.signInForm': 'Accesso dell’operatore',
  'launch.operator.secret': 'Segreto dell’operatore',
  'launch.operator.secretHint': 'Il valore di OPERATOR_SECRET nella configurazione del server.',
  'launch.operator.showRegistrations': 'Mostra le registrazioni',
  'launch.operator.inactiveHeading': 'Registrazioni inattive',
  'launch.operator.pendingRemoval':
    'Una registrazione in attesa di approvazione viene rimossa dopo {days, plural, one {# giorno} other {# giorni}} se non viene attivata.',
  'launch.operator.noneWaiting': 'Nessuna registrazione in attesa: ogni LMS registrato può avviare LTI Rooms.',
  'launch.operator.activate': 'Attiva<hidden> {name} ({clientId})</hidden>',
  'launch.operator.activated': '{name} ({issuer}, ID client {clientId}) ora è attivo. I suoi utenti possono avviare LTI Rooms.',
  'launch.operator.failed': 'Si è verificato un errore. Riprova.',
  'launch.operator.unreachable': 'Impossibile raggiungere LTI Rooms. Controlla la connessione e riprova.',
  'launch.operator.httpFailure': 'La richiesta non è riuscita (HTTP {status}).',
  'launch.operator.unreadableAnswer': 'Il server ha inviato una risposta che questa pagina non comprende. Ricarica la pagina.',

  'launch.noSession.expiredTitle': 'La tua sessione è scaduta',
  'launch.noSession.roomTitle': 'Apri questa stanza dal tuo corso',
  'launch.noSession.title': 'Apri LTI Rooms dal tuo corso',
  'launch.noSession.expired': 'Per la tua sicurezza, una visita a LTI Rooms dura un tempo limitato dopo averlo aperto dal tuo corso.',
  'launch.noSession.howItOpens':
    'LTI Rooms si apre dal tuo corso nella tua piattaforma di apprendimento (Moodle, Canvas, Brightspace, Sakai…): è così che sa chi sei e quali stanze sono tue.',
  'launch.noSession.goBack': 'Torna al tuo corso e seleziona lì LTI Rooms.',
  'launch.noSession.lookingUpRoom': 'Ricerca della stanza…',
  'launch.noSession.roomGone':
    'Questo link non porta più a nessuna stanza: potrebbe essere stata eliminata. Chiedi a chi l’ha condiviso, oppure torna al tuo corso.',
  'launch.noSession.roomLookupFailed': 'Torna al tuo corso e seleziona lì la stanza.',
  'launch.noSession.roomInNoCourse':
    '“{name}” non è ancora in nessun corso. Chiedi a chi l’ha condivisa di pubblicarla nel tuo corso, poi aprila da lì.',
  'launch.noSession.roomCourses':
    '“{name}” è in {count, plural, one {questo corso} other {questi corsi}}. Apri il corso, poi seleziona lì la stanza:',

  'launch.notFound.title': 'Pagina non trovata',
  'launch.notFound.explanation': 'Non c’è niente a questo indirizzo. Il link potrebbe essere vecchio o scritto male.',
  'launch.notFound.myRooms': 'Vai a Le mie stanze',
  'launch.notFound.openFromCourse': 'Apri LTI Rooms dal tuo corso nella tua piattaforma di apprendimento.',
};
