/** English messages of the roomForms area (ICU MessageFormat); the source every other catalog translates. */
export const roomForms = {
  // The room form's fields: the labels on the form and in the error summary.
  'roomForms.field.name': 'Name',
  'roomForms.field.description': 'Description',
  'roomForms.field.tags': 'Tags',
  'roomForms.field.modeKey': 'Room mode',
  'roomForms.field.availabilityKind': 'Room availability',
  'roomForms.field.start': 'Start',
  'roomForms.field.end': 'End',
  'roomForms.field.earlyEntryMinutes': 'Early entry',

  // The room form (Create a Room, the Details tab).
  'roomForms.form.saveError': 'The room could not be saved',
  // A character count follows each of these two hints.
  'roomForms.form.nameHint': 'Shown on the room’s entry page.',
  'roomForms.form.descriptionHint': 'Optional. Bold, italics, lists and links show on the room’s page as here.',
  'roomForms.form.loadingEditor': 'Loading the editor…',
  'roomForms.form.tagsHint': 'Optional. Separate tags with commas, e.g. seminar, week 3.',
  'roomForms.form.cancel': 'Cancel',
  'roomForms.form.saving': 'Saving…',
  'roomForms.form.create': 'Create',
  'roomForms.form.save': 'Save',

  // The mode field; an account with one mode shows it as fixed text.
  'roomForms.mode.fixedHeading': 'Your room mode',

  // The availability field.
  'roomForms.availability.alwaysLabel': 'Always open',
  'roomForms.availability.alwaysHint': 'The room opens once a host starts it and then stays open.',
  'roomForms.availability.scheduledLabel': 'Specific time frame',
  'roomForms.availability.scheduledHint': 'The room opens at the start time; participants may enter early.',
  // {zone}: an IANA time zone such as Europe/Berlin.
  'roomForms.availability.zoneNote': 'Times are in your time zone, <strong>{zone}</strong>.',
  'roomForms.availability.earlyEntryLabel': 'Early entry (minutes before start)',
  'roomForms.availability.earlyEntryHint': 'Participants may enter the waiting room this long before the start.',

  // Create a Room, when the viewer may not create one.
  'roomForms.create.cannotTitle': 'You cannot create rooms',
  'roomForms.create.cannotText': 'Rooms are created by a course’s instructors. Rooms an instructor adds you to as co-editor appear in My Rooms.',
  'roomForms.create.notInCourseTitle': 'You cannot create rooms in this course',
  'roomForms.create.notInCourseText': 'Only the course’s instructors can add rooms here.',
  // {courses}: a list of course titles, already joined ("A, B and C").
  'roomForms.create.elsewhere': 'You can create rooms in <link>My Rooms</link> and publish them in {courses}.',

  // The edit page and its tabs.
  'roomForms.edit.loading': 'Loading the room…',
  'roomForms.edit.loadError': 'The room could not be loaded',
  'roomForms.edit.title': 'Edit: {name}',
  'roomForms.edit.back': 'Back to the room',
  'roomForms.edit.cannotTitle': 'You cannot edit this room',
  'roomForms.edit.cannotText': 'Only the room’s owner and co-editors can change it.',
  'roomForms.edit.tabsLabel': 'Edit room',
  // Tab names, also the headings of their panels.
  'roomForms.edit.tab.details': 'Details',
  'roomForms.edit.tab.collaboration': 'Collaboration',
  'roomForms.edit.tab.chat': 'Chat settings',
  'roomForms.edit.tab.publishing': 'Publishing',
  'roomForms.edit.tab.delete': 'Delete',

  // Details tab.
  'roomForms.details.loading': 'Loading the room form…',
  'roomForms.details.loadError': 'The room form could not be loaded',
  'roomForms.details.noChanges': 'There are no changes to save.',
  'roomForms.details.saved': 'Your changes have been saved.',

  // Collaborator roles.
  'roomForms.role.coEditor.label': 'Co-editor',
  'roomForms.role.coEditor.plural': 'Co-editors',
  'roomForms.role.coEditor.explanation': 'May edit the room and start meetings.',
  'roomForms.role.coPublisher.label': 'Co-publisher',
  'roomForms.role.coPublisher.plural': 'Co-publishers',
  'roomForms.role.coPublisher.explanation': 'May publish the room to courses they manage.',
  'roomForms.role.roomModerator.label': 'Room moderator',
  'roomForms.role.roomModerator.plural': 'Room moderators',
  'roomForms.role.roomModerator.explanation': 'May start, run and end meetings; never waits.',
  // Status lines after adding or removing a collaborator ({name}: the person).
  'roomForms.role.coEditor.added': '{name} is now co-editor.',
  'roomForms.role.coPublisher.added': '{name} is now co-publisher.',
  'roomForms.role.roomModerator.added': '{name} is now room moderator.',
  'roomForms.role.coEditor.removed': '{name} is no longer co-editor.',
  'roomForms.role.coPublisher.removed': '{name} is no longer co-publisher.',
  'roomForms.role.roomModerator.removed': '{name} is no longer room moderator.',
  // A Remove button: only the text outside <hidden> is shown; screen readers read it all.
  'roomForms.role.coEditor.remove': 'Remove<hidden> {name} as co-editor</hidden>',
  'roomForms.role.coPublisher.remove': 'Remove<hidden> {name} as co-publisher</hidden>',
  'roomForms.role.roomModerator.remove': 'Remove<hidden> {name} as room moderator</hidden>',

  // Collaboration tab.
  // {owner}: the owner's name.
  'roomForms.collaboration.owner': '<strong>Owner:</strong> {owner}',
  'roomForms.collaboration.loading': 'Loading collaborators…',
  'roomForms.collaboration.loadError': 'The collaborators could not be loaded',
  // Straight apostrophe: the wording the end-to-end tests expect.
  'roomForms.collaboration.ownerOnly': "Only the room's owner can add or remove collaborators.",
  'roomForms.collaboration.removeError': 'The collaborator could not be removed',
  'roomForms.collaboration.none': 'None yet.',

  // Add a collaborator.
  'roomForms.addCollaborator.heading': 'Add a collaborator',
  'roomForms.addCollaborator.noCourse': 'Open LTI Rooms from a course to pick collaborators from its members.',
  'roomForms.addCollaborator.loading': 'Loading the course members…',
  'roomForms.addCollaborator.loadError': 'The course members could not be loaded',
  'roomForms.addCollaborator.memberRequired': 'Choose a course member',
  'roomForms.addCollaborator.noMembers': 'The course has no members LTI Rooms can see.',
  'roomForms.addCollaborator.addError': 'The collaborator could not be added',
  'roomForms.addCollaborator.memberLabel': 'Course member',
  'roomForms.addCollaborator.memberPlaceholder': 'Choose a member…',
  'roomForms.addCollaborator.memberWithEmail': '{name} ({email})',
  'roomForms.addCollaborator.roleLabel': 'Role',
  'roomForms.addCollaborator.add': 'Add',

  // Chat settings tab.
  'roomForms.chat.saved': 'Chat settings saved.',
  'roomForms.chat.saveError': 'The chat settings could not be saved',
  'roomForms.chat.legend': 'Features in this room’s meetings',
  'roomForms.chat.groupChat.label': 'Group chat',
  'roomForms.chat.groupChat.hint': 'Everyone in the meeting can write to everyone.',
  'roomForms.chat.privateChat.label': 'Private chat',
  'roomForms.chat.privateChat.hint': 'Participants can write to one person.',
  'roomForms.chat.polls.label': 'Polls',
  'roomForms.chat.polls.hint': 'Hosts can ask questions with answers to choose from.',
  'roomForms.chat.reactions.label': 'Reactions',
  'roomForms.chat.reactions.hint': 'Participants can send emoji reactions.',
  // Why a feature is off and fixed: the room's base mode ({mode}: panel or interactive) does not offer it…
  'roomForms.chat.offByMode': 'Off in every {mode, select, panel {Panel room} other {Interactive room}}: the mode does not offer it.',
  // …or its template (an administrator's named preset) turns it off.
  'roomForms.chat.offByTemplate': 'Turned off by the template "{template}": an administrator can change the template.',

  // Publishing tab ({course}: a course title).
  'roomForms.publishing.intro': 'Choose the courses this room appears in. You can publish to courses where you are an instructor.',
  'roomForms.publishing.loading': 'Loading your courses…',
  'roomForms.publishing.loadError': 'Your courses could not be loaded',
  'roomForms.publishing.published': 'Published to {course}.',
  'roomForms.publishing.removed': 'Removed from {course}.',
  'roomForms.publishing.noCourses': 'There are no courses you can publish this room to.',
  'roomForms.publishing.changeError': 'The publishing could not be changed',
  'roomForms.publishing.legend': 'Published in',
  'roomForms.publishing.removeTitle': 'Remove the room from {course}?',
  'roomForms.publishing.removeConfirm': 'Remove from the course',
  'roomForms.publishing.removeText': 'Members of {course} will no longer find it on the course page. A session running in it goes on.',
  'roomForms.publishing.lastCourse': 'This is the last course it is in: it stays in My Rooms, in no course.',

  // Delete tab ({name}: the room's name). Straight quotes: the wording the end-to-end tests expect.
  'roomForms.delete.deleted': '"{name}" was deleted. You can restore it for 30 days.',
  'roomForms.delete.heading': 'Delete this room',
  'roomForms.delete.explanation': 'Deleting <strong>{name}</strong> removes it from every course it is published in. Nobody can join it any more.',
  'roomForms.delete.restore': 'You can restore it from <strong>My Rooms</strong> for 30 days, with its settings, collaborators and attendance. After that it is gone for good.',
  'roomForms.delete.error': 'The room could not be deleted',
  'roomForms.delete.button': 'Delete room',
  'roomForms.delete.confirmTitle': 'Delete "{name}"?',
  'roomForms.delete.confirmLive': 'End the session and delete',
  'roomForms.delete.liveWarning':
    '{count, plural, one {A session is running in this room with # person.} other {A session is running in this room with # people.}} Deleting the room ends it for everyone at once.',
  'roomForms.delete.confirmText': 'It leaves every course now; you can restore it from My Rooms for 30 days.',
};
