import type { launch as english } from '../en/launch';
import type { Translation } from '../translation';

export const launch: Translation<typeof english> = {
  'launch.opening.title': 'LTI Rooms wird geöffnet',
  'launch.login.status': 'Verbindung zu Ihrem Kurs wird hergestellt…',
  'launch.check.status': 'Ihr Start aus dem Kurs wird geprüft…',
  'launch.storageAccess.title': 'LTI Rooms auf dieser Kursseite erlauben',
  'launch.storageAccess.heading': 'Noch ein Schritt',
  'launch.storageAccess.explanation':
    'Ihr Browser verhindert, dass LTI Rooms Sie innerhalb der Kursseite erkennt. Erlauben Sie ihm, hier seine Cookies zu verwenden, dann öffnet sich der Raum. Möglicherweise bittet Ihr Browser Sie um eine Bestätigung.',
  'launch.storageAccess.allow': 'Erlauben und fortfahren',
  'launch.storageAccess.openInNewWindow': 'Stattdessen in neuem Fenster öffnen',

  'launch.error.newWindow.heading': 'LTI Rooms in einem eigenen Fenster öffnen',
  'launch.error.newWindow.explanation':
    'Ihr Browser hat verhindert, dass LTI Rooms innerhalb der Kursseite funktioniert. Das Öffnen in einem neuen Fenster löst das meist.',
  'launch.error.newWindow.button': 'In neuem Fenster öffnen',
  'launch.error.adminHeading': 'Für die Administration Ihres LMS',
  'launch.error.serverDetails': 'Details: <code>{details}</code>',
  'launch.error.code': 'Fehlercode: <code>{errorCode}</code>',

  'launch.refusal.launchFailed.title': 'Dieser Raum konnte nicht geöffnet werden',
  'launch.refusal.launchFailed.detail': 'Ihr Kurs konnte LTI Rooms nicht starten. Öffnen Sie den Raum erneut aus Ihrem Kurs.',
  'launch.refusal.launchFailed.adminHint':
    'Der LTI-Start wurde abgelehnt. Das Serverprotokoll von LTI Rooms nennt den Grund; prüfen Sie, ob die Plattform registriert und aktiv ist.',
  'launch.refusal.launchCheckFailed.title': 'Dieser Raum konnte nicht geöffnet werden',
  'launch.refusal.launchCheckFailed.detail':
    'LTI Rooms war nicht erreichbar, um Ihren Start zu prüfen. Prüfen Sie Ihre Verbindung und öffnen Sie den Raum dann erneut aus Ihrem Kurs.',
  'launch.refusal.launchCheckFailed.adminHint':
    'Die Seite konnte den Start beim LTI-Rooms-Server nicht bestätigen (keine Antwort oder eine unlesbare Antwort). Das Serverprotokoll von LTI Rooms nennt den Grund.',
  'launch.refusal.loginParameterTooLong.title': 'Das LMS hat eine zu große Anmeldeanfrage gesendet',
  'launch.refusal.loginParameterTooLong.detail':
    'Ein Anmeldeparameter ist länger, als LTI Rooms akzeptiert; deshalb wurde die Anmeldung nicht gestartet.',
  'launch.refusal.loginParameterTooLong.adminHint':
    'LTI Rooms speichert von jedem Anmeldeparameter höchstens so viele Zeichen: {limits}. Prüfen Sie, was die Plattform an /lti/login sendet.',
  'launch.refusal.rateLimited.title': 'Gerade zu viele Starts',
  'launch.refusal.rateLimited.detail':
    'LTI Rooms erhält aus Ihrem Netzwerk oder von Ihrem LMS mehr Anfragen, als es auf einmal annimmt. Warten Sie einen Moment und öffnen Sie das Tool dann erneut.',
  'launch.refusal.rateLimited.adminHint':
    'Die Grenzen werden mit RATE_LIMIT_LTI_PER_IP, RATE_LIMIT_LTI_PER_ACCOUNT und RATE_LIMIT_REGISTER_PER_IP festgelegt (siehe README); erhöhen Sie sie, wenn eine ganze Klasse hinter einer Adresse abgewiesen wird.',
  'launch.refusal.loginMissingParameters.title': 'Das LMS hat eine unvollständige Anmeldeanfrage gesendet',
  'launch.refusal.loginMissingParameters.detail': 'In der Anmeldeanfrage fehlt iss, login_hint oder target_link_uri.',
  'launch.refusal.loginMissingParameters.adminHint':
    'Prüfen Sie, ob die Plattform die OIDC-Anmeldung unter /lti/login mit iss, login_hint und target_link_uri startet (LTI 1.3 Core, Abschnitt 4.1).',
  'launch.refusal.unknownPlatform.title': 'Dieses LMS ist bei LTI Rooms nicht registriert',
  'launch.refusal.unknownPlatform.detail': 'Der Start kam von einer Plattform (Aussteller und Client-ID), die LTI Rooms nicht kennt.',
  'launch.refusal.unknownPlatform.adminHint':
    'Registrieren Sie die Plattform per Dynamic Registration oder mit `npm run platforms -- add` und prüfen Sie, ob Aussteller und Client-ID genau übereinstimmen.',
  'launch.refusal.platformAmbiguous.title': 'LTI Rooms kann nicht erkennen, welche Registrierung dieses LMS gilt',
  'launch.refusal.platformAmbiguous.detail': 'Das LMS hat den Start ohne Client-ID begonnen, und mehrere aktive Registrierungen haben denselben Aussteller.',
  'launch.refusal.platformAmbiguous.adminHint':
    'Konfigurieren Sie das LMS so, dass es client_id in der Anmeldeanfrage sendet (LTI 1.3 Core, Abschnitt 4.1), oder deaktivieren Sie nicht mehr genutzte Registrierungen (`npm run platforms -- list`).',
  'launch.refusal.targetLinkForeign.title': 'Der Start zeigt auf ein Ziel außerhalb von LTI Rooms',
  'launch.refusal.targetLinkForeign.detail': 'Die target_link_uri der Anmeldeanfrage ist keine Adresse dieses Tools.',
  'launch.refusal.targetLinkForeign.adminHint':
    'Die Ziel-URI im LMS muss mit der öffentlichen Adresse des Tools (PUBLIC_URL) beginnen, gefolgt von /lti/launch.',
  'launch.refusal.platformInactive.title': 'LTI Rooms ist für dieses LMS noch nicht aktiviert',
  'launch.refusal.platformInactive.detail': 'Diese Plattform ist registriert, wurde aber noch nicht von einem/einer Administrator/in aktiviert.',
  'launch.refusal.platformInactive.adminHint':
    'Ein/e Betreiber/in von LTI Rooms muss diese Registrierung aktivieren (`npm run platforms -- list` und `activate` oder die Betreiberseite). Wer das Tool als LMS-Administrator/in öffnet, sieht, um welche Registrierung es sich handelt.',
  'launch.refusal.deploymentMissing.title': 'Der Start nennt kein Deployment',
  'launch.refusal.deploymentMissing.detail': 'Das id_token enthält keinen deployment_id-Claim.',
  'launch.refusal.deploymentMissing.adminHint': 'Die Plattform muss bei jedem Start https://purl.imsglobal.org/spec/lti/claim/deployment_id senden.',
  'launch.refusal.deploymentUnknown.title': 'Dieses Deployment von LTI Rooms ist nicht registriert',
  'launch.refusal.deploymentUnknown.detail': 'Der Start kam von einer Deployment-ID, die für diese Plattform nie registriert wurde.',
  'launch.refusal.deploymentUnknown.adminHint':
    'Fügen Sie die Deployment-ID der Plattformregistrierung hinzu (`npm run platforms -- add-deployment`) oder registrieren Sie das Tool erneut per Dynamic Registration.',
  'launch.refusal.missingIdToken.title': 'Dieser Start enthielt keine LTI-Nachricht',
  'launch.refusal.missingIdToken.detail': 'Die Anfrage an /lti/launch enthält kein id_token.',
  'launch.refusal.missingIdToken.adminHint':
    'Die Plattform muss die Formularfelder id_token und state per POST an /lti/launch senden (Antwortmodus form_post).',
  'launch.refusal.malformedIdToken.title': 'Die LTI-Nachricht konnte nicht gelesen werden',
  'launch.refusal.malformedIdToken.detail': 'Das id_token ist kein wohlgeformtes signiertes JWT.',
  'launch.refusal.malformedIdToken.adminHint': 'Prüfen Sie die LTI-1.3-Konfiguration der Plattform; das id_token muss ein mit RS256 signiertes JWT sein.',
  'launch.refusal.missingState.title': 'Dem Start fehlt sein Anmeldestatus',
  'launch.refusal.missingState.detail': 'Die Anfrage an /lti/launch enthält kein state-Feld.',
  'launch.refusal.missingState.adminHint': 'Die Plattform muss den an ihrem Autorisierungsendpunkt erhaltenen state unverändert zurückgeben.',
  'launch.refusal.stateCookieMissing.title': 'Ihr Browser hat LTI Rooms auf der Kursseite blockiert',
  'launch.refusal.stateCookieMissing.detail':
    'Der Start konnte diesem Browser nicht zugeordnet werden, weil sein Cookie nicht gesendet wurde. Das passiert, wenn Drittanbieter-Cookies blockiert sind.',
  'launch.refusal.stateCookieMissing.adminHint':
    'Bitten Sie die Nutzer/innen, das Tool in einem neuen Fenster zu öffnen, oder erlauben Sie Drittanbieter-Cookies für diese Website. Das Tool muss über https ausgeliefert werden, damit seine Cookies SameSite=None; Secure sind.',
  'launch.refusal.stateMismatch.title': 'Dieser Start gehört zu einem anderen Browserfenster',
  'launch.refusal.stateMismatch.detail': 'Der Anmeldestatus im Start passt nicht zum Anmelde-Cookie dieses Browsers.',
  'launch.refusal.stateMismatch.adminHint':
    'Das bedeutet meist, dass ein Start wiederholt oder weitergeleitet wurde. Starten Sie erneut aus dem Kurs.',
  'launch.refusal.stateUnknown.title': 'Dieser Start ist abgelaufen',
  'launch.refusal.stateUnknown.detail': 'Die Anmeldung, mit der dieser Start begann, ist unbekannt oder älter als zehn Minuten.',
  'launch.refusal.stateUnknown.adminHint': 'Starten Sie erneut aus dem Kurs. Wenn es wieder passiert, prüfen Sie die Uhr des Tool-Servers.',
  'launch.refusal.launchReplayed.title': 'Dieser Start wurde bereits verwendet',
  'launch.refusal.launchReplayed.detail': 'Dieselbe Anmeldung wurde zweimal vorgelegt. Jeder Start kann nur einmal verwendet werden.',
  'launch.refusal.launchReplayed.adminHint':
    'Starten Sie erneut aus dem Kurs. Wiederholte Wiederverwendung kann auf einen Angriff oder einen Proxy hinweisen, der Anfragen erneut sendet.',
  'launch.refusal.badSignature.title': 'Die Signatur der LTI-Nachricht ist ungültig',
  'launch.refusal.badSignature.detail': 'Das id_token wurde nicht mit einem Schlüssel der registrierten Plattform signiert.',
  'launch.refusal.badSignature.adminHint':
    'Prüfen Sie die URL des öffentlichen Schlüsselsatzes (JWKS) der Plattform in der Registrierung und ob die Plattform mit einem dort aufgeführten Schlüssel signiert.',
  'launch.refusal.wrongIssuer.title': 'Die LTI-Nachricht kam von der falschen Plattform',
  'launch.refusal.wrongIssuer.detail': 'Der Aussteller des id_token ist nicht die Plattform, mit der die Anmeldung begann.',
  'launch.refusal.wrongIssuer.adminHint': 'Prüfen Sie, ob der Aussteller der Plattform in der Registrierung mit dem gesendeten iss-Claim übereinstimmt.',
  'launch.refusal.wrongAudience.title': 'Die LTI-Nachricht war für ein anderes Tool bestimmt',
  'launch.refusal.wrongAudience.detail': 'Die Zielgruppe (audience) des id_token enthält nicht die Client-ID dieses Tools.',
  'launch.refusal.wrongAudience.adminHint': 'Vergleichen Sie die Client-ID in der Registrierung mit den aud- und azp-Claims, die die Plattform sendet.',
  'launch.refusal.tokenExpired.title': 'Die LTI-Nachricht ist abgelaufen',
  'launch.refusal.tokenExpired.detail': 'Die Ablaufzeit des id_token ist überschritten.',
  'launch.refusal.tokenExpired.adminHint': 'Starten Sie erneut. Wenn es wieder passiert, vergleichen Sie die Uhren des LMS und des Tool-Servers.',
  'launch.refusal.tokenTooOld.title': 'Die LTI-Nachricht ist zu alt',
  'launch.refusal.tokenTooOld.detail': 'Das id_token wurde vor mehr als fünf Minuten ausgestellt.',
  'launch.refusal.tokenTooOld.adminHint': 'Starten Sie erneut. Wenn es wieder passiert, vergleichen Sie die Uhren des LMS und des Tool-Servers.',
  'launch.refusal.tokenNotYetValid.title': 'Die LTI-Nachricht ist in die Zukunft datiert',
  'launch.refusal.tokenNotYetValid.detail': 'Der Ausstellungszeitpunkt des id_token liegt in der Zukunft.',
  'launch.refusal.tokenNotYetValid.adminHint': 'Vergleichen Sie die Uhren des LMS und des Tool-Servers (NTP).',
  'launch.refusal.platformKeysUnavailable.title': 'Das LMS war zur Prüfung dieses Starts nicht erreichbar',
  'launch.refusal.platformKeysUnavailable.detail': 'LTI Rooms konnte die öffentlichen Schlüssel der Plattform zur Prüfung des Starts nicht abrufen.',
  'launch.refusal.platformKeysUnavailable.adminHint':
    'Prüfen Sie, ob die Schlüsselsatz-URL (JWKS) in der Registrierung vom Tool-Server aus erreichbar ist.',
  'launch.refusal.nonceMismatch.title': 'Die LTI-Nachricht gehört nicht zu dieser Anmeldung',
  'launch.refusal.nonceMismatch.detail': 'Die Nonce des id_token ist nicht die, die LTI Rooms für diese Anmeldung gesendet hat.',
  'launch.refusal.nonceMismatch.adminHint': 'Die Plattform muss die Nonce aus der Autorisierungsanfrage in das id_token übernehmen.',
  'launch.refusal.nonceReplayed.title': 'Diese LTI-Nachricht wurde bereits verwendet',
  'launch.refusal.nonceReplayed.detail': 'Die Nonce des id_token wurde bereits akzeptiert; jede Nachricht kann nur einmal verwendet werden.',
  'launch.refusal.nonceReplayed.adminHint': 'Ein wiederverwendetes id_token kann auf einen Angriff oder einen fehlerhaften Proxy hinweisen.',
  'launch.refusal.claimTooLong.title': 'Die LTI-Nachricht enthält eine Kennung, die LTI Rooms nicht speichern kann',
  'launch.refusal.claimTooLong.detail':
    'Eine Kennung im id_token (die ID der Person, des Kurses, des Links oder des Deployments) ist länger als 255 Zeichen.',
  'launch.refusal.claimTooLong.adminHint':
    'LTI 1.3 begrenzt diese Kennungen auf 255 Zeichen (LTI 1.3 Core, Abschnitte 5.1.2, 5.3.1 und 5.4.1). Prüfen Sie, was die Plattform in dem in den Details genannten Claim sendet.',
  'launch.refusal.invalidClaims.title': 'Die LTI-Nachricht ist unvollständig',
  'launch.refusal.invalidClaims.detail': 'Dem id_token fehlen Claims, die LTI 1.3 verlangt.',
  'launch.refusal.invalidClaims.adminHint': 'Prüfen Sie den in den Details genannten Claim anhand von LTI 1.3 Core, Abschnitt 5.',
  'launch.refusal.roomNotInCourse.title': 'Dieser Raum gehört nicht zu diesem Kurs',
  'launch.refusal.roomNotInCourse.detail':
    'Der Link nennt einen Raum, der in diesem Kurs nicht veröffentlicht ist, und Sie dürfen ihn hier nicht veröffentlichen.',
  'launch.refusal.roomNotInCourse.adminHint':
    'Ein Link zu einem Raum öffnet sich nur in einem Kurs, in dem der Raum veröffentlicht ist, oder für jemanden, der ihn dort veröffentlichen darf (seine/n Eigentümer/in oder eine/n Mitveröffentlicher/in, der/die Trainer/in des Kurses ist). Veröffentlichen Sie den Raum über seine Bearbeitungsseite in diesem Kurs oder setzen Sie den Link erneut per Deep Linking; Links, deren Raumverweis bearbeitet oder von einer anderen Plattform kopiert wurde, werden abgelehnt.',
  'launch.refusal.unsupportedMessage.title': 'LTI Rooms kann diese Art von Start nicht verarbeiten',
  'launch.refusal.unsupportedMessage.detail': 'Nur Starts über Ressourcenlinks (resource link) und Deep Linking werden unterstützt.',
  'launch.refusal.unsupportedMessage.adminHint':
    'Binden Sie LTI Rooms als externen Tool-Link oder über die Inhaltsauswahl (Deep Linking) ein.',

  'launch.inactiveRegistration.heading': 'Diese Registrierung wartet auf ihre Aktivierung',
  'launch.inactiveRegistration.explanation':
    'Sie sind Administrator/in dieses LMS und sehen daher, um welche Registrierung von LTI Rooms es sich handelt. LTI Rooms lehnt jeden Start darüber ab, bis ein/e Betreiber/in von LTI Rooms (wer den LTI-Rooms-Server betreibt) sie aktiviert. Senden Sie ihm/ihr diese Angaben.',
  'launch.inactiveRegistration.commandIntro': 'Der/die Betreiber/in aktiviert sie auf dem Server mit:',
  'launch.inactiveRegistration.operatorPage':
    'oder auf der Betreiberseite von LTI Rooms (<code>{path}</code>), wenn auf dem Server ein Betreibergeheimnis konfiguriert ist.',
  'launch.inactiveRegistration.removedIfPending':
    'Eine Registrierung, die niemand aktiviert, wird nach {days, plural, one {# Tag} other {# Tagen}} entfernt; registrieren Sie das LMS dann erneut.',

  'launch.registration.lms': 'LMS',
  'launch.registration.issuer': 'Aussteller',
  'launch.registration.clientId': 'Client-ID',
  'launch.registration.deploymentId': 'Deployment-ID',
  'launch.registration.deploymentIds': 'Deployment-IDs',
  'launch.registration.noDeploymentYet': 'Noch keine',
  'launch.registration.id': 'Registrierungs-ID',
  'launch.registration.registered': 'Registriert',
  'launch.registration.status': 'Status',
  'launch.registration.pendingSince': 'Wartet seit {when} auf Freigabe',
  'launch.registration.inactive': 'Deaktiviert oder von Hand inaktiv hinzugefügt',

  'launch.operator.title': 'Betrieb: Registrierungen aktivieren',
  'launch.operator.intro':
    'Für alle, die diesen LTI-Rooms-Server betreiben. Eine Registrierung, die ein LMS per Dynamic Registration angelegt hat, bleibt inaktiv, bis sie hier oder mit <code>{command}</code> aktiviert wird; bis dahin werden ihre Starts abgelehnt.',
  'launch.operator.signInForm': 'Anmeldung für den Betrieb',
  'launch.operator.secret': 'Betreibergeheimnis',
  'launch.operator.secretHint': 'Der Wert von OPERATOR_SECRET in der Serverkonfiguration.',
  'launch.operator.showRegistrations': 'Registrierungen anzeigen',
  'launch.operator.inactiveHeading': 'Inaktive Registrierungen',
  'launch.operator.pendingRemoval':
    'Eine Registrierung, die auf Freigabe wartet, wird nach {days, plural, one {# Tag} other {# Tagen}} entfernt, wenn sie nicht aktiviert wird.',
  'launch.operator.noneWaiting': 'Keine Registrierung wartet: Jedes registrierte LMS kann LTI Rooms starten.',
  'launch.operator.activate': 'Aktivieren<hidden> {name} ({clientId})</hidden>',
  'launch.operator.activated': '{name} ({issuer}, Client-ID {clientId}) ist jetzt aktiv. Die Nutzer/innen können LTI Rooms starten.',
  'launch.operator.failed': 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  'launch.operator.unreachable': 'LTI Rooms war nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'launch.operator.httpFailure': 'Die Anfrage ist fehlgeschlagen (HTTP {status}).',
  'launch.operator.unreadableAnswer': 'Der Server hat eine Antwort gesendet, die diese Seite nicht versteht. Laden Sie die Seite neu.',

  'launch.noSession.expiredTitle': 'Ihre Sitzung ist abgelaufen',
  'launch.noSession.roomTitle': 'Öffnen Sie diesen Raum aus Ihrem Kurs',
  'launch.noSession.title': 'Öffnen Sie LTI Rooms aus Ihrem Kurs',
  'launch.noSession.expired': 'Zu Ihrer Sicherheit dauert ein Besuch in LTI Rooms nach dem Öffnen aus Ihrem Kurs nur begrenzte Zeit.',
  'launch.noSession.howItOpens':
    'LTI Rooms wird aus Ihrem Kurs in Ihrer Lernplattform geöffnet (Moodle, Canvas, Brightspace, Sakai…): So weiß es, wer Sie sind und welche Räume Ihnen gehören.',
  'launch.noSession.goBack': 'Gehen Sie zurück zu Ihrem Kurs und wählen Sie dort LTI Rooms aus.',
  'launch.noSession.lookingUpRoom': 'Raum wird gesucht…',
  'launch.noSession.roomGone':
    'Dieser Link führt zu keinem Raum mehr: Er wurde möglicherweise gelöscht. Fragen Sie die Person, die ihn geteilt hat, oder gehen Sie zurück zu Ihrem Kurs.',
  'launch.noSession.roomLookupFailed': 'Gehen Sie zurück zu Ihrem Kurs und wählen Sie dort den Raum aus.',
  'launch.noSession.roomInNoCourse':
    '„{name}“ ist noch in keinem Kurs. Bitten Sie die Person, die ihn geteilt hat, ihn in Ihrem Kurs zu veröffentlichen, und öffnen Sie ihn dann dort.',
  'launch.noSession.roomCourses':
    '„{name}“ ist in {count, plural, one {diesem Kurs} other {diesen Kursen}}. Öffnen Sie den Kurs und wählen Sie dort den Raum aus:',

  'launch.notFound.title': 'Seite nicht gefunden',
  'launch.notFound.explanation': 'Unter dieser Adresse gibt es nichts. Der Link ist vielleicht veraltet oder falsch geschrieben.',
  'launch.notFound.myRooms': 'Zu Meine Räume',
  'launch.notFound.openFromCourse': 'Öffnen Sie LTI Rooms aus Ihrem Kurs in Ihrer Lernplattform.',
};
