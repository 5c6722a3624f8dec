/** English messages of the rooms area (ICU MessageFormat); the source every other catalog translates. */
export const rooms = {
  // A person's role in a course (the course page's badge, the admin's role mapping).
  'rooms.channelRole.manager': 'Manager',
  'rooms.channelRole.moderator': 'Moderator',
  'rooms.channelRole.participant': 'Participant',

  // The course page.
  'rooms.channel.loadingTitle': 'Loading your course',
  'rooms.channel.loading': 'Loading your course…',
  'rooms.channel.signedInAs': 'Signed in as {name}',
  'rooms.channel.returnToLms': 'Return to the LMS',
  'rooms.channel.otherCourseTitle': 'This is a different course',
  'rooms.channel.otherCourseText': 'You opened LTI Rooms from another course. Showing the course you came from.',
  'rooms.channel.roomsHeading': 'Rooms',
  'rooms.channel.noRooms': 'No rooms yet.',
  'rooms.channel.loadingRooms': 'Loading the rooms…',
  'rooms.channel.roomsLoadError': 'The rooms could not be loaded',

  // Room lists (course page, My Rooms).
  'rooms.list.createRoom': 'Create a room',
  'rooms.list.timeZoneNote': 'Times are shown in your time zone, {zone}.',
  'rooms.list.waiting': '{count, plural, one {# person waiting} other {# people waiting}}',

  // My Rooms.
  'rooms.myRooms.title': 'My Rooms',
  'rooms.myRooms.loading': 'Loading your rooms…',
  'rooms.myRooms.loadError': 'Your rooms could not be loaded',
  // Straight quotes: the wording the end-to-end tests expect.
  'rooms.myRooms.restored': '"{name}" was restored.',
  'rooms.myRooms.yourRooms': 'Your rooms',
  'rooms.myRooms.empty': 'You have no rooms yet. Create one, or ask a room’s owner to add you as co-editor.',
  'rooms.myRooms.recentlyDeleted': 'Recently deleted',
  'rooms.myRooms.deletedNote': 'Deleted rooms can be restored for 30 days.',
  'rooms.restore.until': 'Restorable until {date}',
  'rooms.restore.button': 'Restore<hidden> {name}</hidden>',
  'rooms.restore.error': 'The room could not be restored',

  // Create a Room.
  'rooms.create.title': 'Create a Room',
  'rooms.create.backToCourse': 'Back to the course',
  'rooms.create.backToMyRooms': 'Back to My Rooms',
  'rooms.create.requiredNote': 'Fields marked <star>*</star><hidden>with an asterisk</hidden> are required.',
  'rooms.roomForm.loading': 'Loading the room form…',
  'rooms.roomForm.loadError': 'The room form could not be loaded',

  // Schedule and status of a room, in the viewer's time zone ({when}, {time}: already formatted).
  'rooms.schedule.alwaysOpen': 'Always open',
  'rooms.schedule.frame': '{frame} ({zone})',
  'rooms.people': '{count, plural, one {# person} other {# people}}',
  'rooms.status.scheduled': 'Scheduled · opens {when}',
  'rooms.status.earlyEntry': 'Early entry open · starts {time}',
  'rooms.status.open': 'Open now · until {time}',
  'rooms.status.liveHostPresent': '{count, plural, one {Live · # person · host present} other {Live · # people · host present}}',
  'rooms.status.liveWaitingForHost': '{count, plural, one {Live · # person · waiting for a host} other {Live · # people · waiting for a host}}',
  'rooms.status.ended': 'Ended',
  'rooms.status.deleted': 'Deleted',
  // {opensIn}, {waitingRoomOpensIn}, {startsIn}: relative times such as "in 2 days", "in 37 minutes".
  'rooms.countdown.opens': 'Opens {opensIn}',
  'rooms.countdown.waitingRoomThenStart': 'Waiting room opens {waitingRoomOpensIn} · starts {startsIn}',

  // A room's entry page.
  'rooms.entry.loading': 'Loading the room…',
  'rooms.entry.loadError': 'The room could not be loaded',
  // Straight apostrophe: literal in ICU, and the wording the end-to-end tests expect.
  'rooms.entry.retiredModeTitle': "About this room's mode",
  'rooms.entry.whenHeading': 'When',
  'rooms.entry.modeWithEarlyEntry': '{mode} · waiting room opens {minutes, plural, one {# minute} other {# minutes}} before the start',
  'rooms.entry.aboutHeading': 'About this room',
  'rooms.entry.tags': 'Tags',
  'rooms.actions.ended': "This room's time frame has ended.",
  'rooms.actions.endedEditHint': "This room's time frame has ended. Edit it to set a new one.",
  'rooms.actions.startMeeting': 'Start Meeting',
  'rooms.actions.join': 'Join',
  'rooms.actions.edit': 'Edit',
  'rooms.like.button': 'Like',
  'rooms.like.count': '{count, plural, one {# like} other {# likes}}',
  'rooms.like.error': 'Your like could not be saved',
  'rooms.share.button': 'Share',
  'rooms.share.copied': 'Link copied — course members open it from the course.',
  'rooms.share.manual': 'Copy this link (course members open it from the course):',
  'rooms.share.placeHint': 'To put the room on a course page, add LTI Rooms there as an activity or external tool and choose this room.',

  // Attendance on the entry page (owners and co-editors).
  'rooms.attendance.heading': 'Attendance',
  'rooms.attendance.refresh': 'Refresh<hidden> attendance</hidden>',
  'rooms.attendance.loading': 'Loading the attendance…',
  'rooms.attendance.loadError': 'The attendance could not be loaded',
  'rooms.attendance.noSessions': 'No sessions yet.',
  'rooms.attendance.nobody': 'Nobody attended.',
  'rooms.attendance.caption': 'Attendance of the session {period}',
  'rooms.attendance.name': 'Name',
  'rooms.attendance.firstJoin': 'First join',
  'rooms.attendance.lastLeave': 'Last leave',
  'rooms.attendance.minutesPresent': 'Minutes present',
  'rooms.attendance.stillInSession': 'still in the session',
  'rooms.attendance.download': 'Download CSV<hidden> of the session {period}</hidden>',
  'rooms.attendance.downloadError': 'The attendance could not be downloaded',

  // Deep Linking: the LMS asks for a room to place on a course page.
  'rooms.deepLinking.title': 'Add a room to your course',
  'rooms.deepLinking.loading': 'Loading…',
  'rooms.deepLinking.loadError': 'LTI Rooms could not be loaded',
  'rooms.deepLinking.course': 'Course: {title}',
  'rooms.deepLinking.preparing': 'Preparing the link for your course…',
  'rooms.deepLinking.addError': '“{name}” could not be added to your course',
  'rooms.deepLinking.tryAgain': 'Try again',
  'rooms.deepLinking.createHeading': 'Create a new room',
  'rooms.deepLinking.pickHeading': 'Pick one of your rooms',
  'rooms.deepLinking.returnErrorTitle': 'Your course cannot receive the room',
  'rooms.deepLinking.returnErrorText': 'The course sent an address LTI Rooms cannot return to. Ask your LMS administrator to check the tool’s registration.',
  'rooms.deepLinking.adding': 'Adding the room to your course…',
  'rooms.deepLinking.ifNothingHappens': 'If nothing happens, select Continue.',
  'rooms.deepLinking.continue': 'Continue',
  'rooms.pick.empty': 'You have no rooms yet. Create one above.',
  'rooms.pick.required': 'Choose a room to add',
  'rooms.pick.details': '{mode} · {schedule}',
  'rooms.pick.submit': 'Add to course',
};
