import type { meetings as english } from '../en/meetings';
import type { Translation } from '../translation';

export const meetings: Translation<typeof english> = {
  'meetings.opening.title': 'Ouverture de la réunion',
  'meetings.opening.loading': 'Ouverture de la réunion…',
  'meetings.leaving': 'Sortie de la session…',
  'meetings.reconnecting': 'Reconnexion à LTI Rooms…',
  'meetings.connectionLost': 'La connexion à LTI Rooms a été perdue. Reconnexion…',
  'meetings.backToCourse': 'Retour au cours',
  'meetings.tryAgain': 'Réessayer',

  'meetings.countdown.label': 'Compte à rebours',
  'meetings.countdown.opensIn': 'La salle d’attente ouvre dans {countdown}',
  'meetings.countdown.keepOpen': 'Gardez cette page ouverte : vous entrerez automatiquement dans la salle d’attente.',

  'meetings.waiting.label': 'Salle d’attente',
  'meetings.waiting.locked': 'La réunion a commencé et la salle est verrouillée : un hôte va vous faire entrer.',
  'meetings.waiting.startsAt': 'La réunion commence automatiquement à {time}. Un hôte peut la commencer plus tôt.',
  'meetings.waiting.forHost': 'En attente du lancement de la réunion par l’hôte…',
  'meetings.waiting.startsIn': 'Début dans {countdown}',
  'meetings.waiting.lockedKeepOpen': 'Vous entrez dès qu’un hôte vous admet. Gardez cette page ouverte.',
  'meetings.waiting.keepOpen': 'Vous entrez automatiquement dès que la réunion commence. Gardez cette page ouverte.',
  'meetings.waiting.leave': 'Quitter',

  'meetings.waitingRoom.title': 'Salle d’attente',
  'meetings.waitingRoom.lock': 'Verrouiller la salle',
  'meetings.waitingRoom.lockedHint': 'Les nouveaux arrivants attendent qu’un hôte les admette.',
  'meetings.waitingRoom.unlockedHint': 'Toute personne qui arrive entre directement.',
  'meetings.waitingRoom.nobodyWaiting': 'Personne n’attend.',
  'meetings.waitingRoom.peopleWaiting': '{count, plural, one {# personne en attente} other {# personnes en attente}}',
  'meetings.waitingRoom.listLabel': 'En attente d’admission',
  'meetings.waitingRoom.admitName': 'Admettre<hidden> {name}</hidden>',
  'meetings.waitingRoom.admitAll': 'Tout admettre',

  'meetings.toolbar.label': 'Commandes de la réunion',
  'meetings.toolbar.leave': 'Quitter la session',
  'meetings.video.loading': 'Chargement de la vidéo…',
  'meetings.video.frameTitle': 'Réunion vidéo : {room}',
  'meetings.video.openInNewTab': 'Ouvrir la vidéo dans un nouvel onglet',
  'meetings.notice.connectionLost': 'La connexion à LTI Rooms a été perdue. Reconnexion… La vidéo continue en attendant.',
  'meetings.notice.noHost': 'Aucun hôte n’est présent dans la réunion pour le moment.',
  'meetings.problem.title': 'Votre place dans la réunion n’a pas pu être confirmée',
  'meetings.problem.dismiss': 'Ignorer',
  'meetings.mediaConsent.title': 'Activer votre caméra et votre micro ?',
  'meetings.mediaConsent.text':
    'Un hôte vous a nommé modérateur de cette session : vous êtes donc sur scène. Votre caméra et votre micro restent coupés jusqu’à ce que vous les activiez, ici ou dans la barre d’outils de la vidéo.',
  'meetings.mediaConsent.confirm': 'Les activer',
  'meetings.mediaConsent.cancel': 'Pas maintenant',

  'meetings.endSession.button': 'Terminer la session pour tous',
  'meetings.endSession.confirmTitle': 'Terminer la session pour tous ?',
  'meetings.endSession.confirmText': 'Tout le monde quitte la réunion maintenant, et l’appel vidéo se ferme pour tous.',
  'meetings.endSession.confirm': 'Terminer la session',
  'meetings.endSession.failed': 'La session n’a pas pu être terminée',

  'meetings.full.title': 'Cette salle est pleine',
  'meetings.full.label': 'Salle pleine',
  'meetings.ended.title': 'Cette session est terminée',
  'meetings.ended.label': 'Session terminée',
  'meetings.ended.rejoin': 'Rejoindre à nouveau',
  'meetings.error.title': 'La réunion n’a pas pu être ouverte',
  'meetings.error.code': 'Code d’erreur : {code}',

  'meetings.deviceCheck.checking': 'Vérification de votre caméra et de votre micro…',
  'meetings.deviceCheck.ready': 'La caméra et le micro sont prêts.',
  'meetings.deviceCheck.unavailable': 'Votre caméra ou votre micro n’est pas disponible. Vous pouvez tout de même monter sur scène et les activer dans la réunion.',
};
