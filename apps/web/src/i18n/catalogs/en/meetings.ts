/** English messages of the meetings area (ICU MessageFormat); the source every other catalog translates. */
export const meetings = {
  // Opening, leaving and the connection to the server.
  'meetings.opening.title': 'Opening the meeting',
  'meetings.opening.loading': 'Opening the meeting…',
  'meetings.leaving': 'Leaving the session…',
  'meetings.reconnecting': 'Reconnecting to LTI Rooms…',
  'meetings.connectionLost': 'The connection to LTI Rooms was lost. Reconnecting…',
  'meetings.backToCourse': 'Back to the course',
  'meetings.tryAgain': 'Try again',

  // Before the early-entry window.
  'meetings.countdown.label': 'Countdown',
  // {countdown}: the time left, e.g. "12:34" or "1 h 05 min", shown in bold.
  'meetings.countdown.opensIn': 'The waiting room opens in {countdown}',
  'meetings.countdown.keepOpen': 'Keep this page open: you enter the waiting room automatically.',

  // The waiting room, as the person waiting sees it.
  'meetings.waiting.label': 'Waiting room',
  'meetings.waiting.locked': 'The meeting is under way and the room is locked: a host will let you in.',
  'meetings.waiting.startsAt': 'The meeting starts by itself at {time}. A host may start it earlier.',
  'meetings.waiting.forHost': 'Waiting for the host to start the meeting…',
  'meetings.waiting.startsIn': 'Starts in {countdown}',
  'meetings.waiting.lockedKeepOpen': 'You join as soon as a host admits you. Keep this page open.',
  'meetings.waiting.keepOpen': 'You join automatically as soon as the meeting starts. Keep this page open.',
  'meetings.waiting.leave': 'Leave',

  // The waiting room, as hosts control it during the meeting.
  'meetings.waitingRoom.title': 'Waiting room',
  'meetings.waitingRoom.lock': 'Lock room',
  'meetings.waitingRoom.lockedHint': 'New arrivals wait until a host admits them.',
  'meetings.waitingRoom.unlockedHint': 'Everyone who arrives comes straight in.',
  'meetings.waitingRoom.nobodyWaiting': 'Nobody is waiting.',
  'meetings.waitingRoom.peopleWaiting': '{count, plural, one {# person waiting} other {# people waiting}}',
  'meetings.waitingRoom.listLabel': 'Waiting to be let in',
  // <hidden>…</hidden> is read by screen readers only: the visible button says "Admit".
  'meetings.waitingRoom.admitName': 'Admit<hidden> {name}</hidden>',
  'meetings.waitingRoom.admitAll': 'Admit all',

  // The live meeting.
  'meetings.toolbar.label': 'Meeting controls',
  'meetings.toolbar.leave': 'Leave session',
  'meetings.video.loading': 'Loading the video…',
  'meetings.video.frameTitle': 'Video meeting: {room}',
  'meetings.video.openInNewTab': 'Open the video in a new tab',
  'meetings.notice.connectionLost': 'The connection to LTI Rooms was lost. Reconnecting… The video goes on meanwhile.',
  'meetings.notice.noHost': 'No host is in the meeting at the moment.',
  'meetings.problem.title': 'Your place in the meeting could not be confirmed',
  'meetings.problem.dismiss': 'Dismiss',
  'meetings.mediaConsent.title': 'Turn on your camera and microphone?',
  'meetings.mediaConsent.text':
    'A host made you a moderator of this session, so you are on stage. Your camera and microphone stay off until you turn them on, here or in the video’s toolbar.',
  'meetings.mediaConsent.confirm': 'Turn them on',
  'meetings.mediaConsent.cancel': 'Not now',

  // Hosts ending the session.
  'meetings.endSession.button': 'End session for everyone',
  'meetings.endSession.confirmTitle': 'End the session for everyone?',
  'meetings.endSession.confirmText': 'Everyone leaves the meeting now, and the video call closes for all.',
  'meetings.endSession.confirm': 'End session',
  'meetings.endSession.failed': 'The session could not be ended',

  // The pages a person leaves only by choosing.
  'meetings.full.title': 'This room is full',
  'meetings.full.label': 'Room full',
  'meetings.ended.title': 'This session has ended',
  'meetings.ended.label': 'Session ended',
  'meetings.ended.rejoin': 'Rejoin',
  'meetings.error.title': 'The meeting could not be opened',
  'meetings.error.code': 'Error code: {code}',

  // The device check of the stage invitation.
  'meetings.deviceCheck.checking': 'Checking your camera and microphone…',
  'meetings.deviceCheck.ready': 'Camera and microphone are ready.',
  'meetings.deviceCheck.unavailable': 'Your camera or microphone is not available. You can still join the stage and turn them on in the meeting.',
};
