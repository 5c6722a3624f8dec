import type { launch as english } from '../en/launch';
import type { Translation } from '../translation';

export const launch: Translation<typeof english> = {
  'launch.opening.title': 'LTI Rooms wordt geopend',
  'launch.login.status': 'Verbinding maken met je cursus…',
  'launch.check.status': 'Je start vanuit de cursus wordt gecontroleerd…',
  'launch.storageAccess.title': 'LTI Rooms toestaan op deze cursuspagina',
  'launch.storageAccess.heading': 'Nog één stap',
  'launch.storageAccess.explanation':
    'Je browser verhindert dat LTI Rooms je herkent binnen de cursuspagina. Sta toe dat het hier zijn cookies gebruikt en de ruimte gaat open. Je browser vraagt je misschien om te bevestigen.',
  'launch.storageAccess.allow': 'Toestaan en doorgaan',
  'launch.storageAccess.openInNewWindow': 'Liever in een nieuw venster openen',

  'launch.error.newWindow.heading': 'LTI Rooms in een eigen venster openen',
  'launch.error.newWindow.explanation':
    'Je browser heeft verhinderd dat LTI Rooms binnen de cursuspagina werkt. Openen in een nieuw venster lost dit meestal op.',
  'launch.error.newWindow.button': 'In een nieuw venster openen',
  'launch.error.adminHeading': 'Voor de beheerder van je LMS',
  'launch.error.serverDetails': 'Details: <code>{details}</code>',
  'launch.error.code': 'Foutcode: <code>{errorCode}</code>',

  'launch.refusal.launchFailed.title': 'Deze ruimte kon niet worden geopend',
  'launch.refusal.launchFailed.detail': 'Je cursus kon LTI Rooms niet starten. Open de ruimte opnieuw vanuit je cursus.',
  'launch.refusal.launchFailed.adminHint':
    'De LTI-start is geweigerd. Het serverlogboek van LTI Rooms noemt de reden; controleer of het platform geregistreerd en actief is.',
  'launch.refusal.launchCheckFailed.title': 'Deze ruimte kon niet worden geopend',
  'launch.refusal.launchCheckFailed.detail':
    'LTI Rooms was niet bereikbaar om je start te controleren. Controleer je verbinding en open de ruimte daarna opnieuw vanuit je cursus.',
  'launch.refusal.launchCheckFailed.adminHint':
    'De pagina kon de start niet bevestigen bij de LTI Rooms-server (geen antwoord, of een onleesbaar antwoord). Het serverlogboek van LTI Rooms noemt de reden.',
  'launch.refusal.loginParameterTooLong.title': 'Het LMS stuurde een te groot aanmeldverzoek',
  'launch.refusal.loginParameterTooLong.detail':
    'Een aanmeldparameter is langer dan LTI Rooms accepteert, dus de aanmelding is niet gestart.',
  'launch.refusal.loginParameterTooLong.adminHint':
    'LTI Rooms bewaart van elke aanmeldparameter hoogstens zoveel tekens: {limits}. Controleer wat het platform naar /lti/login stuurt.',
  'launch.refusal.rateLimited.title': 'Op dit moment te veel starts',
  'launch.refusal.rateLimited.detail':
    'LTI Rooms krijgt vanuit je netwerk of je LMS meer verzoeken dan het tegelijk aanneemt. Wacht even en open de tool dan opnieuw.',
  'launch.refusal.rateLimited.adminHint':
    'De limieten worden ingesteld met RATE_LIMIT_LTI_PER_IP, RATE_LIMIT_LTI_PER_ACCOUNT en RATE_LIMIT_REGISTER_PER_IP (zie de README); verhoog ze als een hele klas achter één adres wordt geweigerd.',
  'launch.refusal.loginMissingParameters.title': 'Het LMS stuurde een onvolledig aanmeldverzoek',
  'launch.refusal.loginMissingParameters.detail': 'In het aanmeldverzoek ontbreekt iss, login_hint of target_link_uri.',
  'launch.refusal.loginMissingParameters.adminHint':
    'Controleer of het platform de OIDC-aanmelding start op /lti/login met iss, login_hint en target_link_uri (LTI 1.3 Core, sectie 4.1).',
  'launch.refusal.unknownPlatform.title': 'Dit LMS is niet geregistreerd bij LTI Rooms',
  'launch.refusal.unknownPlatform.detail': 'De start kwam van een platform (issuer en client-ID) dat LTI Rooms niet kent.',
  'launch.refusal.unknownPlatform.adminHint':
    'Registreer het platform met Dynamic Registration of met `npm run platforms -- add`, en controleer of de issuer en het client-ID precies overeenkomen.',
  'launch.refusal.platformAmbiguous.title': 'LTI Rooms weet niet welke registratie van dit LMS het moet gebruiken',
  'launch.refusal.platformAmbiguous.detail': 'Het LMS begon de start zonder client-ID, en meerdere actieve registraties hebben dezelfde issuer.',
  'launch.refusal.platformAmbiguous.adminHint':
    'Stel het LMS zo in dat het client_id meestuurt in het aanmeldverzoek (LTI 1.3 Core, sectie 4.1), of deactiveer de registraties die niet meer worden gebruikt (`npm run platforms -- list`).',
  'launch.refusal.targetLinkForeign.title': 'De start wijst naar iets buiten LTI Rooms',
  'launch.refusal.targetLinkForeign.detail': 'De target_link_uri van het aanmeldverzoek is geen adres van deze tool.',
  'launch.refusal.targetLinkForeign.adminHint':
    'De doellink-URI in het LMS moet beginnen met het openbare adres van de tool (PUBLIC_URL), gevolgd door /lti/launch.',
  'launch.refusal.platformInactive.title': 'LTI Rooms is nog niet geactiveerd voor dit LMS',
  'launch.refusal.platformInactive.detail': 'Dit platform is geregistreerd, maar een beheerder heeft het nog niet geactiveerd.',
  'launch.refusal.platformInactive.adminHint':
    'Een operator van LTI Rooms moet deze registratie activeren (`npm run platforms -- list` en `activate`, of de operatorpagina). Een LMS-beheerder die de tool opent, ziet om welke registratie het gaat.',
  'launch.refusal.deploymentMissing.title': 'De start noemt geen deployment',
  'launch.refusal.deploymentMissing.detail': 'Het id_token bevat geen deployment_id-claim.',
  'launch.refusal.deploymentMissing.adminHint': 'Het platform moet bij elke start https://purl.imsglobal.org/spec/lti/claim/deployment_id meesturen.',
  'launch.refusal.deploymentUnknown.title': 'Deze deployment van LTI Rooms is niet geregistreerd',
  'launch.refusal.deploymentUnknown.detail': 'De start kwam van een deployment-ID dat nooit voor dit platform is geregistreerd.',
  'launch.refusal.deploymentUnknown.adminHint':
    'Voeg het deployment-ID toe aan de platformregistratie (`npm run platforms -- add-deployment`) of registreer de tool opnieuw met Dynamic Registration.',
  'launch.refusal.missingIdToken.title': 'Deze start bevatte geen LTI-bericht',
  'launch.refusal.missingIdToken.detail': 'Het verzoek aan /lti/launch heeft geen id_token.',
  'launch.refusal.missingIdToken.adminHint':
    'Het platform moet de formuliervelden id_token en state met POST naar /lti/launch sturen (responsmodus form_post).',
  'launch.refusal.malformedIdToken.title': 'Het LTI-bericht kon niet worden gelezen',
  'launch.refusal.malformedIdToken.detail': 'Het id_token is geen goed gevormde ondertekende JWT.',
  'launch.refusal.malformedIdToken.adminHint': 'Controleer de LTI 1.3-configuratie van het platform; het id_token moet een met RS256 ondertekende JWT zijn.',
  'launch.refusal.missingState.title': 'De start is zijn aanmeldstatus kwijt',
  'launch.refusal.missingState.detail': 'Het verzoek aan /lti/launch heeft geen state-veld.',
  'launch.refusal.missingState.adminHint': 'Het platform moet de state die het op zijn autorisatie-endpoint ontving ongewijzigd teruggeven.',
  'launch.refusal.stateCookieMissing.title': 'Je browser heeft LTI Rooms op de cursuspagina geblokkeerd',
  'launch.refusal.stateCookieMissing.detail':
    'De start kon niet aan deze browser worden gekoppeld omdat de cookie ervan niet is meegestuurd. Dit gebeurt als cookies van derden worden geblokkeerd.',
  'launch.refusal.stateCookieMissing.adminHint':
    'Vraag gebruikers de tool in een nieuw venster te openen, of sta cookies van derden toe voor deze site. De tool moet via https worden aangeboden zodat de cookies SameSite=None; Secure zijn.',
  'launch.refusal.stateMismatch.title': 'Deze start hoort bij een ander browservenster',
  'launch.refusal.stateMismatch.detail': 'De aanmeldstatus in de start komt niet overeen met de aanmeldcookie van deze browser.',
  'launch.refusal.stateMismatch.adminHint': 'Meestal betekent dit dat een start opnieuw is afgespeeld of doorgestuurd. Start opnieuw vanuit de cursus.',
  'launch.refusal.stateUnknown.title': 'Deze start is verlopen',
  'launch.refusal.stateUnknown.detail': 'De aanmelding waarmee deze start begon, is onbekend of ouder dan tien minuten.',
  'launch.refusal.stateUnknown.adminHint': 'Start opnieuw vanuit de cursus. Blijft het gebeuren, controleer dan de klok van de toolserver.',
  'launch.refusal.launchReplayed.title': 'Deze start is al gebruikt',
  'launch.refusal.launchReplayed.detail': 'Dezelfde aanmelding is twee keer aangeboden. Elke start kan maar één keer worden gebruikt.',
  'launch.refusal.launchReplayed.adminHint':
    'Start opnieuw vanuit de cursus. Herhaaldelijk hergebruik kan wijzen op een aanval of op een proxy die verzoeken opnieuw verstuurt.',
  'launch.refusal.badSignature.title': 'De handtekening van het LTI-bericht is ongeldig',
  'launch.refusal.badSignature.detail': 'Het id_token is niet ondertekend met een sleutel van het geregistreerde platform.',
  'launch.refusal.badSignature.adminHint':
    'Controleer de URL van de openbare sleutelset (JWKS) van het platform in de registratie, en of het platform ondertekent met een sleutel die daarin staat.',
  'launch.refusal.wrongIssuer.title': 'Het LTI-bericht kwam van het verkeerde platform',
  'launch.refusal.wrongIssuer.detail': 'De issuer van het id_token is niet het platform waarmee de aanmelding begon.',
  'launch.refusal.wrongIssuer.adminHint': 'Controleer of de issuer van het platform in de registratie overeenkomt met de iss-claim die het stuurt.',
  'launch.refusal.wrongAudience.title': 'Het LTI-bericht was voor een andere tool bedoeld',
  'launch.refusal.wrongAudience.detail': 'De audience van het id_token bevat het client-ID van deze tool niet.',
  'launch.refusal.wrongAudience.adminHint': 'Vergelijk het client-ID in de registratie met de aud- en azp-claims die het platform stuurt.',
  'launch.refusal.tokenExpired.title': 'Het LTI-bericht is verlopen',
  'launch.refusal.tokenExpired.detail': 'De vervaltijd van het id_token is verstreken.',
  'launch.refusal.tokenExpired.adminHint': 'Start opnieuw. Blijft het gebeuren, vergelijk dan de klokken van het LMS en de toolserver.',
  'launch.refusal.tokenTooOld.title': 'Het LTI-bericht is te oud',
  'launch.refusal.tokenTooOld.detail': 'Het id_token is meer dan vijf minuten geleden uitgegeven.',
  'launch.refusal.tokenTooOld.adminHint': 'Start opnieuw. Blijft het gebeuren, vergelijk dan de klokken van het LMS en de toolserver.',
  'launch.refusal.tokenNotYetValid.title': 'Het LTI-bericht is in de toekomst gedateerd',
  'launch.refusal.tokenNotYetValid.detail': 'Het uitgiftetijdstip van het id_token ligt in de toekomst.',
  'launch.refusal.tokenNotYetValid.adminHint': 'Vergelijk de klokken van het LMS en de toolserver (NTP).',
  'launch.refusal.platformKeysUnavailable.title': 'Het LMS was niet bereikbaar om deze start te controleren',
  'launch.refusal.platformKeysUnavailable.detail': 'LTI Rooms kon de openbare sleutels van het platform niet ophalen om de start te controleren.',
  'launch.refusal.platformKeysUnavailable.adminHint':
    'Controleer of de URL van de sleutelset (JWKS) in de registratie bereikbaar is vanaf de toolserver.',
  'launch.refusal.nonceMismatch.title': 'Het LTI-bericht hoort niet bij deze aanmelding',
  'launch.refusal.nonceMismatch.detail': 'De nonce van het id_token is niet de nonce die LTI Rooms voor deze aanmelding stuurde.',
  'launch.refusal.nonceMismatch.adminHint': 'Het platform moet de nonce uit het autorisatieverzoek overnemen in het id_token.',
  'launch.refusal.nonceReplayed.title': 'Dit LTI-bericht is al gebruikt',
  'launch.refusal.nonceReplayed.detail': 'De nonce van het id_token is al eerder geaccepteerd; elk bericht kan maar één keer worden gebruikt.',
  'launch.refusal.nonceReplayed.adminHint': 'Een hergebruikt id_token kan wijzen op een aanval of een slecht werkende proxy.',
  'launch.refusal.claimTooLong.title': 'Het LTI-bericht bevat een identificatie die LTI Rooms niet kan opslaan',
  'launch.refusal.claimTooLong.detail':
    'Een identificatie in het id_token (het ID van de gebruiker, de cursus, de link of de deployment) is langer dan 255 tekens.',
  'launch.refusal.claimTooLong.adminHint':
    'LTI 1.3 beperkt deze identificaties tot 255 tekens (LTI 1.3 Core, secties 5.1.2, 5.3.1 en 5.4.1). Controleer wat het platform stuurt in de claim die in de details wordt genoemd.',
  'launch.refusal.invalidClaims.title': 'Het LTI-bericht is onvolledig',
  'launch.refusal.invalidClaims.detail': 'In het id_token ontbreken claims die LTI 1.3 vereist.',
  'launch.refusal.invalidClaims.adminHint': 'Controleer de claim die in de details wordt genoemd aan de hand van LTI 1.3 Core, sectie 5.',
  'launch.refusal.roomNotInCourse.title': 'Deze ruimte hoort niet bij deze cursus',
  'launch.refusal.roomNotInCourse.detail': 'De link noemt een ruimte die niet in deze cursus is gepubliceerd, en je mag haar hier niet publiceren.',
  'launch.refusal.roomNotInCourse.adminHint':
    'Een link naar een ruimte opent alleen in een cursus waarin de ruimte is gepubliceerd, of voor iemand die haar daar mag publiceren (de eigenaar of een mede-publicist die leraar van de cursus is). Publiceer de ruimte in deze cursus via de bewerkpagina, of plaats de link opnieuw met Deep Linking; links waarvan de ruimteverwijzing is bewerkt of van een ander platform is gekopieerd, worden geweigerd.',
  'launch.refusal.unsupportedMessage.title': 'LTI Rooms kan dit soort start niet verwerken',
  'launch.refusal.unsupportedMessage.detail': 'Alleen starts via een bronlink (resource link) en via Deep Linking worden ondersteund.',
  'launch.refusal.unsupportedMessage.adminHint':
    'Plaats LTI Rooms als externe-toollink of via de inhoudsselectie (Deep Linking).',

  'launch.inactiveRegistration.heading': 'Deze registratie wacht op activering',
  'launch.inactiveRegistration.explanation':
    'Je bent beheerder van dit LMS, daarom zie je om welke registratie van LTI Rooms het gaat. LTI Rooms weigert elke start via deze registratie totdat een operator van LTI Rooms (wie de LTI Rooms-server beheert) haar activeert. Stuur deze gegevens naar die persoon.',
  'launch.inactiveRegistration.commandIntro': 'De operator activeert haar op de server met:',
  'launch.inactiveRegistration.operatorPage':
    'of op de operatorpagina van LTI Rooms (<code>{path}</code>), als op de server een operatorgeheim is ingesteld.',
  'launch.inactiveRegistration.removedIfPending':
    'Een registratie die niemand activeert, wordt na {days, plural, one {# dag} other {# dagen}} verwijderd; registreer dan opnieuw.',

  'launch.registration.lms': 'LMS',
  'launch.registration.issuer': 'Issuer',
  'launch.registration.clientId': 'Client-ID',
  'launch.registration.deploymentId': 'Deployment-ID',
  'launch.registration.deploymentIds': 'Deployment-ID’s',
  'launch.registration.noDeploymentYet': 'Nog geen',
  'launch.registration.id': 'Registratie-ID',
  'launch.registration.registered': 'Geregistreerd',
  'launch.registration.status': 'Status',
  'launch.registration.pendingSince': 'Wacht sinds {when} op goedkeuring',
  'launch.registration.inactive': 'Gedeactiveerd, of met de hand inactief toegevoegd',

  'launch.operator.title': 'Operator: registraties activeren',
  'launch.operator.intro':
    'Voor wie deze LTI Rooms-server beheert. Een registratie die een LMS via Dynamic Registration heeft gemaakt, blijft inactief totdat ze hier of met <code>{command}</code> wordt geactiveerd; tot dan worden de starts ervan geweigerd.',
  'launch.operator.signInForm': 'Aanmelden als operator',
  'launch.operator.secret': 'Operatorgeheim',
  'launch.operator.secretHint': 'De waarde van OPERATOR_SECRET in de serverconfiguratie.',
  'launch.operator.showRegistrations': 'Registraties tonen',
  'launch.operator.inactiveHeading': 'Inactieve registraties',
  'launch.operator.pendingRemoval':
    'Een registratie die op goedkeuring wacht, wordt na {days, plural, one {# dag} other {# dagen}} verwijderd als ze niet wordt geactiveerd.',
  'launch.operator.noneWaiting': 'Er wacht geen registratie: elk geregistreerd LMS kan LTI Rooms starten.',
  'launch.operator.activate': 'Activeren<hidden> {name} ({clientId})</hidden>',
  'launch.operator.activated': '{name} ({issuer}, client-ID {clientId}) is nu actief. De gebruikers ervan kunnen LTI Rooms starten.',
  'launch.operator.failed': 'Er ging iets mis. Probeer het opnieuw.',
  'launch.operator.unreachable': 'LTI Rooms was niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
  'launch.operator.httpFailure': 'Het verzoek is mislukt (HTTP {status}).',
  'launch.operator.unreadableAnswer': 'De server stuurde een antwoord dat deze pagina niet begrijpt. Laad de pagina opnieuw.',

  'launch.noSession.expiredTitle': 'Je sessie is verlopen',
  'launch.noSession.roomTitle': 'Open deze ruimte vanuit je cursus',
  'launch.noSession.title': 'Open LTI Rooms vanuit je cursus',
  'launch.noSession.expired': 'Voor je veiligheid duurt een bezoek aan LTI Rooms een beperkte tijd nadat je het vanuit je cursus opent.',
  'launch.noSession.howItOpens':
    'LTI Rooms opent vanuit je cursus in je leeromgeving (Moodle, Canvas, Brightspace, Sakai…): zo weet het wie je bent en welke ruimtes van jou zijn.',
  'launch.noSession.goBack': 'Ga terug naar je cursus en kies daar LTI Rooms.',
  'launch.noSession.lookingUpRoom': 'Ruimte opzoeken…',
  'launch.noSession.roomGone':
    'Deze link leidt niet meer naar een ruimte: misschien is ze verwijderd. Vraag het aan wie de link heeft gedeeld, of ga terug naar je cursus.',
  'launch.noSession.roomLookupFailed': 'Ga terug naar je cursus en kies daar de ruimte.',
  'launch.noSession.roomInNoCourse':
    '‘{name}’ staat nog in geen enkele cursus. Vraag wie de ruimte heeft gedeeld om haar in je cursus te publiceren en open haar daarna vanuit die cursus.',
  'launch.noSession.roomCourses':
    '‘{name}’ staat in {count, plural, one {deze cursus} other {deze cursussen}}. Open de cursus en kies daar de ruimte:',

  'launch.notFound.title': 'Pagina niet gevonden',
  'launch.notFound.explanation': 'Op dit adres staat niets. De link is misschien verouderd of verkeerd getypt.',
  'launch.notFound.myRooms': 'Naar Mijn ruimtes',
  'launch.notFound.openFromCourse': 'Open LTI Rooms vanuit je cursus in je leeromgeving.',
};
