/** English messages of the meetingState area (ICU MessageFormat); the source every other catalog translates. */
export const meetingState = {
  // Countdown to the waiting room (meeting-format.ts): under an hour it is a plain clock "12:34".
  'meetingState.countdown.hoursMinutes': '{hours} h {minutes} min',
  'meetingState.countdown.daysHours': '{days, plural, one {# day} other {# days}} {hours} h',

  // Counts and dead ends of the meeting page.
  'meetingState.roomFull': '{cap, plural, one {The one place is taken. Try again in a moment.} other {All # places are taken. Try again in a moment.}}',
  'meetingState.waitingCount': '{count, plural, one {# person waiting} other {# people waiting}}',
  'meetingState.inRoomCount': '{count, plural, one {# person in the meeting} other {# people in the meeting}}',
  'meetingState.ended.hostEnded': 'The host ended the session for everyone.',
  'meetingState.ended.hostAbsent': 'The session ended because no host or moderator was present for a while.',
  'meetingState.ended.scheduleEnded': 'The room’s time frame is over.',
  'meetingState.ended.roomDeleted': 'The room has been deleted.',
  'meetingState.ended.abandoned': 'The waiting room closed because everyone had left it before the meeting started.',

  // Why the camera stays off (camera-slot.ts).
  'meetingState.camera.notOnStage': 'Only people on stage can turn their camera on: you can still watch and listen.',
  'meetingState.camera.capReached': 'The camera limit of {cap} is reached: you can still speak and watch.',

  // A session in the attendance list (attendance-format.ts); times come formatted in the page's language.
  'meetingState.attendance.waitingNotStarted': 'Waiting room open, not started yet',
  'meetingState.attendance.neverStarted': 'Never started',
  'meetingState.attendance.liveSince': 'Live now · started {started}',
  'meetingState.attendance.period': '{start} – {end}',

  // The video did not come up (video/VideoTroubleAlert.tsx).
  'meetingState.video.troubleTitle': 'The video could not be loaded',
  'meetingState.video.unreachable':
    'The video service at {domain} could not be reached. A network that blocks it (such as a campus firewall) or an outage of the service can cause this.',
  'meetingState.video.noAnswer': '{seconds, plural, one {The video service at {domain} did not answer within # second.} other {The video service at {domain} did not answer within # seconds.}}',
  'meetingState.video.retry': 'Retry',
  'meetingState.video.openInNewTab': 'Open the video in a new tab',
  'meetingState.video.askAdministrator': 'If this goes on, ask your LTI Rooms administrator to check the video service under Administration → Jitsi.',
  'meetingState.video.checkSetting': 'If this goes on, check the video service under <link>Administration → Jitsi</link>.',

  // Camera and microphone trouble (video/device-trouble-text.ts).
  'meetingState.device.cameraBlocked':
    'Your browser blocks the camera for this meeting. Allow it with the camera icon in the address bar (or the site settings), then turn the camera on again.',
  'meetingState.device.microphoneBlocked':
    'Your browser blocks the microphone for this meeting. Allow it with the camera icon in the address bar (or the site settings), then turn the microphone on again.',
  'meetingState.device.cameraFailed': 'Your camera could not be started. Check that it is connected and that no other app is using it, then turn it on again.',
  'meetingState.device.microphoneFailed': 'Your microphone could not be started. Check that it is connected and that no other app is using it, then turn it on again.',
  'meetingState.device.frameBlocks':
    'The page around LTI Rooms (your LMS) does not let it use your camera and microphone. Open the video in a new tab, or ask your LMS administrator to allow camera, microphone and screen sharing for LTI Rooms (allow="camera; microphone; display-capture" on its frame).',
};
