import type { launch as english } from '../en/launch';
import type { Translation } from '../translation';

export const launch: Translation<typeof english> = {
  'launch.opening.title': 'Ouverture de LTI Rooms',
  'launch.login.status': 'Connexion à votre cours…',
  'launch.check.status': 'Vérification de votre lancement depuis le cours…',
  'launch.storageAccess.title': 'Autoriser LTI Rooms dans cette page du cours',
  'launch.storageAccess.heading': 'Encore une étape',
  'launch.storageAccess.explanation':
    'Votre navigateur empêche LTI Rooms de vous reconnaître dans la page du cours. Autorisez-le à utiliser ses cookies ici et la salle s’ouvrira. Votre navigateur vous demandera peut-être de confirmer.',
  'launch.storageAccess.allow': 'Autoriser et continuer',
  'launch.storageAccess.openInNewWindow': 'Ouvrir plutôt dans une nouvelle fenêtre',

  'launch.error.newWindow.heading': 'Ouvrir LTI Rooms dans sa propre fenêtre',
  'launch.error.newWindow.explanation':
    'Votre navigateur a empêché LTI Rooms de fonctionner dans la page du cours. L’ouvrir dans une nouvelle fenêtre résout généralement le problème.',
  'launch.error.newWindow.button': 'Ouvrir dans une nouvelle fenêtre',
  'launch.error.adminHeading': 'Pour l’administrateur de votre LMS',
  'launch.error.serverDetails': 'Détails : <code>{details}</code>',
  'launch.error.code': 'Code d’erreur : <code>{errorCode}</code>',

  'launch.refusal.launchFailed.title': 'Cette salle n’a pas pu être ouverte',
  'launch.refusal.launchFailed.detail': 'Votre cours n’a pas pu démarrer LTI Rooms. Ouvrez à nouveau la salle depuis votre cours.',
  'launch.refusal.launchFailed.adminHint':
    'Le lancement LTI a été refusé. Le journal du serveur LTI Rooms en indique la raison ; vérifiez que la plateforme est enregistrée et active.',
  'launch.refusal.launchCheckFailed.title': 'Cette salle n’a pas pu être ouverte',
  'launch.refusal.launchCheckFailed.detail':
    'LTI Rooms n’a pas pu être joint pour vérifier votre lancement. Vérifiez votre connexion, puis ouvrez à nouveau la salle depuis votre cours.',
  'launch.refusal.launchCheckFailed.adminHint':
    'La page n’a pas pu confirmer le lancement auprès du serveur LTI Rooms (pas de réponse, ou une réponse illisible). Le journal du serveur LTI Rooms en indique la raison.',
  'launch.refusal.loginParameterTooLong.title': 'Le LMS a envoyé une demande de connexion trop volumineuse',
  'launch.refusal.loginParameterTooLong.detail':
    'Un paramètre de connexion est plus long que ce que LTI Rooms accepte ; la connexion n’a donc pas été lancée.',
  'launch.refusal.loginParameterTooLong.adminHint':
    'LTI Rooms conserve au plus ce nombre de caractères pour chaque paramètre de connexion : {limits}. Vérifiez ce que la plateforme envoie à /lti/login.',
  'launch.refusal.rateLimited.title': 'Trop de lancements en ce moment',
  'launch.refusal.rateLimited.detail':
    'LTI Rooms reçoit de votre réseau ou de votre LMS plus de requêtes qu’il n’en accepte à la fois. Patientez un instant, puis ouvrez à nouveau l’outil.',
  'launch.refusal.rateLimited.adminHint':
    'Les limites sont fixées par RATE_LIMIT_LTI_PER_IP, RATE_LIMIT_LTI_PER_ACCOUNT et RATE_LIMIT_REGISTER_PER_IP (voir le README) ; augmentez-les si toute une classe derrière une même adresse est refusée.',
  'launch.refusal.loginMissingParameters.title': 'Le LMS a envoyé une demande de connexion incomplète',
  'launch.refusal.loginMissingParameters.detail': 'Il manque iss, login_hint ou target_link_uri dans la demande de connexion.',
  'launch.refusal.loginMissingParameters.adminHint':
    'Vérifiez que la plateforme initie la connexion OIDC sur /lti/login avec iss, login_hint et target_link_uri (LTI 1.3 Core, section 4.1).',
  'launch.refusal.unknownPlatform.title': 'Ce LMS n’est pas enregistré auprès de LTI Rooms',
  'launch.refusal.unknownPlatform.detail': 'Le lancement provient d’une plateforme (émetteur et identifiant client) que LTI Rooms ne connaît pas.',
  'launch.refusal.unknownPlatform.adminHint':
    'Enregistrez la plateforme par enregistrement dynamique (Dynamic Registration) ou avec `npm run platforms -- add`, et vérifiez que son émetteur et son identifiant client correspondent exactement.',
  'launch.refusal.platformAmbiguous.title': 'LTI Rooms ne peut pas déterminer quel enregistrement de ce LMS utiliser',
  'launch.refusal.platformAmbiguous.detail':
    'Le LMS a démarré le lancement sans identifiant client, et plusieurs enregistrements actifs partagent son émetteur.',
  'launch.refusal.platformAmbiguous.adminHint':
    'Configurez le LMS pour qu’il envoie client_id dans la demande de connexion (LTI 1.3 Core, section 4.1), ou désactivez les enregistrements qui ne servent plus (`npm run platforms -- list`).',
  'launch.refusal.targetLinkForeign.title': 'Le lancement pointe en dehors de LTI Rooms',
  'launch.refusal.targetLinkForeign.detail': 'Le target_link_uri de la demande de connexion n’est pas une adresse de cet outil.',
  'launch.refusal.targetLinkForeign.adminHint':
    'L’URI du lien cible dans le LMS doit commencer par l’adresse publique de l’outil (PUBLIC_URL), suivie de /lti/launch.',
  'launch.refusal.platformInactive.title': 'LTI Rooms n’est pas encore activé pour ce LMS',
  'launch.refusal.platformInactive.detail': 'Cette plateforme est enregistrée, mais un administrateur ne l’a pas encore activée.',
  'launch.refusal.platformInactive.adminHint':
    'Un opérateur de LTI Rooms doit activer cet enregistrement (`npm run platforms -- list` et `activate`, ou la page opérateur). Un administrateur du LMS qui ouvre l’outil voit de quel enregistrement il s’agit.',
  'launch.refusal.deploymentMissing.title': 'Le lancement n’indique aucun déploiement',
  'launch.refusal.deploymentMissing.detail': 'L’id_token ne contient pas de claim deployment_id.',
  'launch.refusal.deploymentMissing.adminHint': 'La plateforme doit envoyer https://purl.imsglobal.org/spec/lti/claim/deployment_id à chaque lancement.',
  'launch.refusal.deploymentUnknown.title': 'Ce déploiement de LTI Rooms n’est pas enregistré',
  'launch.refusal.deploymentUnknown.detail': 'Le lancement provient d’un identifiant de déploiement jamais enregistré pour cette plateforme.',
  'launch.refusal.deploymentUnknown.adminHint':
    'Ajoutez l’identifiant de déploiement à l’enregistrement de la plateforme (`npm run platforms -- add-deployment`) ou enregistrez à nouveau l’outil par enregistrement dynamique.',
  'launch.refusal.missingIdToken.title': 'Ce lancement ne contenait aucun message LTI',
  'launch.refusal.missingIdToken.detail': 'La requête vers /lti/launch n’a pas d’id_token.',
  'launch.refusal.missingIdToken.adminHint':
    'La plateforme doit envoyer en POST les champs de formulaire id_token et state à /lti/launch (mode de réponse form_post).',
  'launch.refusal.malformedIdToken.title': 'Le message LTI n’a pas pu être lu',
  'launch.refusal.malformedIdToken.detail': 'L’id_token n’est pas un JWT signé bien formé.',
  'launch.refusal.malformedIdToken.adminHint': 'Vérifiez la configuration LTI 1.3 de la plateforme ; l’id_token doit être un JWT signé en RS256.',
  'launch.refusal.missingState.title': 'Le lancement a perdu son état de connexion',
  'launch.refusal.missingState.detail': 'La requête vers /lti/launch n’a pas de champ state.',
  'launch.refusal.missingState.adminHint': 'La plateforme doit renvoyer sans modification le state reçu sur son point de terminaison d’autorisation.',
  'launch.refusal.stateCookieMissing.title': 'Votre navigateur a bloqué LTI Rooms dans la page du cours',
  'launch.refusal.stateCookieMissing.detail':
    'Le lancement n’a pas pu être associé à ce navigateur, car son cookie n’a pas été envoyé. Cela arrive quand les cookies tiers sont bloqués.',
  'launch.refusal.stateCookieMissing.adminHint':
    'Demandez aux utilisateurs d’ouvrir l’outil dans une nouvelle fenêtre, ou autorisez les cookies tiers pour ce site. L’outil doit être servi en https pour que ses cookies soient SameSite=None; Secure.',
  'launch.refusal.stateMismatch.title': 'Ce lancement appartient à une autre fenêtre du navigateur',
  'launch.refusal.stateMismatch.detail': 'L’état de connexion du lancement ne correspond pas au cookie de connexion de ce navigateur.',
  'launch.refusal.stateMismatch.adminHint': 'Cela signifie généralement qu’un lancement a été rejoué ou transféré. Relancez depuis le cours.',
  'launch.refusal.stateUnknown.title': 'Ce lancement a expiré',
  'launch.refusal.stateUnknown.detail': 'La connexion à l’origine de ce lancement est inconnue ou date de plus de dix minutes.',
  'launch.refusal.stateUnknown.adminHint': 'Relancez depuis le cours. Si cela se reproduit, vérifiez l’horloge du serveur de l’outil.',
  'launch.refusal.launchReplayed.title': 'Ce lancement a déjà été utilisé',
  'launch.refusal.launchReplayed.detail': 'La même connexion a été présentée deux fois. Chaque lancement ne peut servir qu’une fois.',
  'launch.refusal.launchReplayed.adminHint':
    'Relancez depuis le cours. Des rejeux répétés peuvent signaler une attaque ou un proxy qui renvoie des requêtes.',
  'launch.refusal.badSignature.title': 'La signature du message LTI n’est pas valide',
  'launch.refusal.badSignature.detail': 'L’id_token n’a pas été signé par une clé de la plateforme enregistrée.',
  'launch.refusal.badSignature.adminHint':
    'Vérifiez l’URL du jeu de clés publiques (JWKS) de la plateforme dans l’enregistrement, et que la plateforme signe avec une clé qui y figure.',
  'launch.refusal.wrongIssuer.title': 'Le message LTI provient de la mauvaise plateforme',
  'launch.refusal.wrongIssuer.detail': 'L’émetteur de l’id_token n’est pas la plateforme avec laquelle la connexion a commencé.',
  'launch.refusal.wrongIssuer.adminHint': 'Vérifiez que l’émetteur de la plateforme dans l’enregistrement correspond au claim iss qu’elle envoie.',
  'launch.refusal.wrongAudience.title': 'Le message LTI était destiné à un autre outil',
  'launch.refusal.wrongAudience.detail': 'L’audience de l’id_token n’inclut pas l’identifiant client de cet outil.',
  'launch.refusal.wrongAudience.adminHint': 'Comparez l’identifiant client de l’enregistrement aux claims aud et azp que la plateforme envoie.',
  'launch.refusal.tokenExpired.title': 'Le message LTI a expiré',
  'launch.refusal.tokenExpired.detail': 'La date d’expiration de l’id_token est dépassée.',
  'launch.refusal.tokenExpired.adminHint': 'Relancez. Si cela se reproduit, comparez les horloges du LMS et du serveur de l’outil.',
  'launch.refusal.tokenTooOld.title': 'Le message LTI est trop ancien',
  'launch.refusal.tokenTooOld.detail': 'L’id_token a été émis il y a plus de cinq minutes.',
  'launch.refusal.tokenTooOld.adminHint': 'Relancez. Si cela se reproduit, comparez les horloges du LMS et du serveur de l’outil.',
  'launch.refusal.tokenNotYetValid.title': 'Le message LTI est daté dans le futur',
  'launch.refusal.tokenNotYetValid.detail': 'L’heure d’émission de l’id_token se situe dans le futur.',
  'launch.refusal.tokenNotYetValid.adminHint': 'Comparez les horloges du LMS et du serveur de l’outil (NTP).',
  'launch.refusal.platformKeysUnavailable.title': 'Le LMS n’a pas pu être joint pour vérifier ce lancement',
  'launch.refusal.platformKeysUnavailable.detail': 'LTI Rooms n’a pas pu récupérer les clés publiques de la plateforme pour vérifier le lancement.',
  'launch.refusal.platformKeysUnavailable.adminHint':
    'Vérifiez que l’URL du jeu de clés (JWKS) de l’enregistrement est accessible depuis le serveur de l’outil.',
  'launch.refusal.nonceMismatch.title': 'Le message LTI ne répond pas à cette connexion',
  'launch.refusal.nonceMismatch.detail': 'Le nonce de l’id_token n’est pas celui que LTI Rooms a envoyé pour cette connexion.',
  'launch.refusal.nonceMismatch.adminHint': 'La plateforme doit recopier le nonce de la demande d’autorisation dans l’id_token.',
  'launch.refusal.nonceReplayed.title': 'Ce message LTI a déjà été utilisé',
  'launch.refusal.nonceReplayed.detail': 'Le nonce de l’id_token a déjà été accepté ; chaque message ne peut servir qu’une fois.',
  'launch.refusal.nonceReplayed.adminHint': 'Un id_token rejoué peut signaler une attaque ou un proxy défaillant.',
  'launch.refusal.claimTooLong.title': 'Le message LTI contient un identifiant que LTI Rooms ne peut pas enregistrer',
  'launch.refusal.claimTooLong.detail':
    'Un identifiant de l’id_token (celui de l’utilisateur, du cours, du lien ou du déploiement) dépasse 255 caractères.',
  'launch.refusal.claimTooLong.adminHint':
    'LTI 1.3 limite ces identifiants à 255 caractères (LTI 1.3 Core, sections 5.1.2, 5.3.1 et 5.4.1). Vérifiez ce que la plateforme envoie dans le claim indiqué dans les détails.',
  'launch.refusal.invalidClaims.title': 'Le message LTI est incomplet',
  'launch.refusal.invalidClaims.detail': 'Il manque à l’id_token des claims exigés par LTI 1.3.',
  'launch.refusal.invalidClaims.adminHint': 'Vérifiez le claim indiqué dans les détails par rapport à LTI 1.3 Core, section 5.',
  'launch.refusal.roomNotInCourse.title': 'Cette salle ne fait pas partie de ce cours',
  'launch.refusal.roomNotInCourse.detail': 'Le lien désigne une salle qui n’est pas publiée dans ce cours, et vous ne pouvez pas l’y publier.',
  'launch.refusal.roomNotInCourse.adminHint':
    'Un lien vers une salle ne s’ouvre que dans un cours où la salle est publiée, ou pour quelqu’un qui peut l’y publier (son propriétaire ou un copublieur qui est enseignant du cours). Publiez la salle dans ce cours depuis sa page de modification, ou placez à nouveau le lien avec Deep Linking ; les liens dont la référence de salle a été modifiée ou copiée depuis une autre plateforme sont refusés.',
  'launch.refusal.unsupportedMessage.title': 'LTI Rooms ne peut pas traiter ce type de lancement',
  'launch.refusal.unsupportedMessage.detail': 'Seuls les lancements de lien de ressource (resource link) et de Deep Linking sont pris en charge.',
  'launch.refusal.unsupportedMessage.adminHint':
    'Placez LTI Rooms comme lien d’outil externe ou via le processus de sélection de contenu (Deep Linking).',

  'launch.inactiveRegistration.heading': 'Cet enregistrement attend son activation',
  'launch.inactiveRegistration.explanation':
    'Vous êtes administrateur de ce LMS : vous voyez donc de quel enregistrement de LTI Rooms il s’agit. LTI Rooms refuse tout lancement par cet enregistrement jusqu’à ce qu’un opérateur de LTI Rooms (la personne qui gère le serveur LTI Rooms) l’active. Transmettez-lui ces informations.',
  'launch.inactiveRegistration.commandIntro': 'L’opérateur l’active sur le serveur avec :',
  'launch.inactiveRegistration.operatorPage':
    'ou sur la page opérateur de LTI Rooms (<code>{path}</code>), si un secret d’opérateur est configuré sur le serveur.',
  'launch.inactiveRegistration.removedIfPending':
    'Un enregistrement que personne n’active est supprimé au bout de {days, plural, one {# jour} other {# jours}} ; refaites alors l’enregistrement.',

  'launch.registration.lms': 'LMS',
  'launch.registration.issuer': 'Émetteur',
  'launch.registration.clientId': 'Identifiant client',
  'launch.registration.deploymentId': 'Identifiant de déploiement',
  'launch.registration.deploymentIds': 'Identifiants de déploiement',
  'launch.registration.noDeploymentYet': 'Aucun pour l’instant',
  'launch.registration.id': 'Identifiant d’enregistrement',
  'launch.registration.registered': 'Enregistré le',
  'launch.registration.status': 'Statut',
  'launch.registration.pendingSince': 'En attente d’approbation depuis le {when}',
  'launch.registration.inactive': 'Désactivé, ou ajouté inactif manuellement',

  'launch.operator.title': 'Opérateur : activer des enregistrements',
  'launch.operator.intro':
    'Pour la personne qui gère ce serveur LTI Rooms. Un enregistrement fait par un LMS via l’enregistrement dynamique reste inactif jusqu’à son activation ici ou avec <code>{command}</code> ; d’ici là, ses lancements sont refusés.',
  'launch.operator.signInForm': 'Connexion de l’opérateur',
  'launch.operator.secret': 'Secret d’opérateur',
  'launch.operator.secretHint': 'La valeur d’OPERATOR_SECRET dans la configuration du serveur.',
  'launch.operator.showRegistrations': 'Afficher les enregistrements',
  'launch.operator.inactiveHeading': 'Enregistrements inactifs',
  'launch.operator.pendingRemoval':
    'Un enregistrement en attente d’approbation est supprimé au bout de {days, plural, one {# jour} other {# jours}} s’il n’est pas activé.',
  'launch.operator.noneWaiting': 'Aucun enregistrement en attente : tous les LMS enregistrés peuvent lancer LTI Rooms.',
  'launch.operator.activate': 'Activer<hidden> {name} ({clientId})</hidden>',
  'launch.operator.activated': '{name} ({issuer}, identifiant client {clientId}) est maintenant actif. Ses utilisateurs peuvent lancer LTI Rooms.',
  'launch.operator.failed': 'Une erreur s’est produite. Veuillez réessayer.',
  'launch.operator.unreachable': 'LTI Rooms n’a pas pu être joint. Vérifiez votre connexion et réessayez.',
  'launch.operator.httpFailure': 'La requête a échoué (HTTP {status}).',
  'launch.operator.unreadableAnswer': 'Le serveur a envoyé une réponse que cette page ne comprend pas. Rechargez la page.',

  'launch.noSession.expiredTitle': 'Votre session a expiré',
  'launch.noSession.roomTitle': 'Ouvrez cette salle depuis votre cours',
  'launch.noSession.title': 'Ouvrez LTI Rooms depuis votre cours',
  'launch.noSession.expired': 'Pour votre sécurité, une visite de LTI Rooms dure un temps limité après son ouverture depuis votre cours.',
  'launch.noSession.howItOpens':
    'LTI Rooms s’ouvre depuis votre cours dans votre plateforme d’apprentissage (Moodle, Canvas, Brightspace, Sakai…) : c’est ainsi qu’il sait qui vous êtes et quelles salles sont les vôtres.',
  'launch.noSession.goBack': 'Retournez dans votre cours et sélectionnez-y LTI Rooms.',
  'launch.noSession.lookingUpRoom': 'Recherche de la salle…',
  'launch.noSession.roomGone':
    'Ce lien ne mène plus à aucune salle : elle a peut-être été supprimée. Demandez à la personne qui l’a partagé, ou retournez dans votre cours.',
  'launch.noSession.roomLookupFailed': 'Retournez dans votre cours et sélectionnez-y la salle.',
  'launch.noSession.roomInNoCourse':
    '« {name} » n’est encore dans aucun cours. Demandez à la personne qui l’a partagée de la publier dans votre cours, puis ouvrez-la depuis celui-ci.',
  'launch.noSession.roomCourses':
    '« {name} » se trouve dans {count, plural, one {ce cours} other {ces cours}}. Ouvrez le cours, puis sélectionnez-y la salle :',

  'launch.notFound.title': 'Page introuvable',
  'launch.notFound.explanation': 'Il n’y a rien à cette adresse. Le lien est peut-être ancien ou mal saisi.',
  'launch.notFound.myRooms': 'Aller à Mes salles',
  'launch.notFound.openFromCourse': 'Ouvrez LTI Rooms depuis votre cours dans votre plateforme d’apprentissage.',
};
