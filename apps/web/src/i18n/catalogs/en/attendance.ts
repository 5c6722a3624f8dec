/** English messages of the attendance area (ICU MessageFormat); the source every other catalog translates. */
export const attendance = {
  // A session's register on the room's entry page (owners and co-editors).
  'attendance.percentOfSession': 'Share of the session',
  'attendance.onStageMinutes': 'Minutes on stage',
  'attendance.cameraOnMinutes': 'Minutes with camera on',
  'attendance.late': 'Late',
  'attendance.segments': 'Present',
  'attendance.onTime': 'on time',
  'attendance.lateMinutes': '{minutes, plural, one {# min late} other {# min late}}',
  // {from}: a clock time, already formatted.
  'attendance.segment.ongoing': 'since {from}',
  'attendance.absent.heading': '{count, plural, one {Absent (#)} other {Absent (#)}}',
  'attendance.absent.none': 'Everyone came.',
  'attendance.download.xlsx': 'Download XLSX<hidden> of the session {period}</hidden>',

  // All sessions of the room: students × sessions.
  'attendance.matrix.summary': 'All sessions: students × sessions',
  'attendance.matrix.loading': 'Loading the overview…',
  'attendance.matrix.loadError': 'The overview could not be loaded',
  'attendance.matrix.caption': 'Minutes present per student and session',
  'attendance.matrix.student': 'Student',
  'attendance.matrix.totalMinutes': 'Total minutes',
  'attendance.matrix.sessionsAttended': 'Sessions attended',
  'attendance.matrix.attendedOf': '{attended, number} of {total, number}',
  'attendance.matrix.presentCount': 'Present',
  'attendance.matrix.cell': '{minutes, number} min ({percent, number, percent})',
  'attendance.matrix.noStudents': 'No students yet.',
  'attendance.matrix.download': 'Download XLSX<hidden> of all sessions</hidden>',

  // Grades on their way to the course's gradebook, per session and course.
  'attendance.grades.course': '{course}:',
  'attendance.grades.preparing': 'Preparing the grades for the gradebook…',
  'attendance.grades.notSent': 'The grades were not sent to the gradebook.',
  'attendance.grades.sent': 'Grades sent to the gradebook: {sent, number} of {total, number}.',
  'attendance.grades.sentPendingRetrying':
    '{pending, plural, one {Grades sent to the gradebook: {sent, number} of {total, number} · # pending — retrying.} other {Grades sent to the gradebook: {sent, number} of {total, number} · # pending — retrying.}}',
  'attendance.grades.sentPendingSending':
    '{pending, plural, one {Grades sent to the gradebook: {sent, number} of {total, number} · # being sent.} other {Grades sent to the gradebook: {sent, number} of {total, number} · # being sent.}}',
  'attendance.grades.refusedCount': '{count, plural, one {The gradebook refused # grade.} other {The gradebook refused # grades.}}',
  // {time}: a clock time, already formatted.
  'attendance.grades.nextTry': 'Next try at {time}.',
  'attendance.grades.refusal.scopeMissing':
    'The LMS does not let LTI Rooms post grades. Ask your LMS administrator to allow the tool’s “IMS LTI Assignment and Grade Services” (AGS) scopes, then select Resend.',
  'attendance.grades.refusal.lineItemGone': 'The gradebook column was deleted in the LMS. Resend creates it again.',
  'attendance.grades.refusal.rejected': 'The LMS rejected the grades. Check the gradebook column in the LMS (for example its maximum points), then select Resend.',
  'attendance.grades.refusal.noGradeService':
    'The course did not offer grade sync in its launches. Enable “IMS LTI Assignment and Grade Services” for the tool in the LMS, open the room from the course again, then select Resend.',
  'attendance.grades.refusal.gaveUp': 'The LMS did not accept the grades during a day of retries. Select Resend to try again.',
  'attendance.grades.resend': 'Resend grades<hidden> of the session {period}</hidden>',
  'attendance.grades.resendError': 'The grades could not be resent',
  'attendance.grades.loadError': 'The grade status could not be loaded',

  // A participant's own attendance on the entry page.
  'attendance.mine.heading': 'Your attendance',
  'attendance.mine.loadError': 'Your attendance could not be loaded',
  'attendance.mine.noSessions': 'No session of this room has ended yet.',
  'attendance.mine.caption': 'Your attendance per session',
  'attendance.mine.session': 'Session',
  'attendance.mine.score': 'Score',
  'attendance.mine.scoreOf': '{score, number} of {max, number}',
  'attendance.mine.roomScoreAverage': 'Your score for this room (the average over its sessions): {score, number} of {max, number}',
  'attendance.mine.roomScoreLast': 'Your score for this room (its latest session): {score, number} of {max, number}',

  // The room's Grading tab.
  'attendance.grading.tab': 'Grading',
  'attendance.grading.loading': 'Loading the grading settings…',
  'attendance.grading.loadError': 'The grading settings could not be loaded',
  'attendance.grading.intro': 'Turn attendance into a grade in the course’s gradebook. Grades are sent when a session ends.',
  'attendance.grading.enabled': 'Send attendance grades to the gradebook',
  'attendance.grading.rule': 'How attendance is scored',
  'attendance.grading.rule.minimumMinutes': 'Full score for being present at least a number of minutes',
  'attendance.grading.rule.minimumPercent': 'Full score for being present at least a share of the session',
  'attendance.grading.rule.proportional': 'Proportional to the minutes present',
  'attendance.grading.minutes': 'Minimum minutes present',
  'attendance.grading.minutesHint': 'From {min, number} to {max, number} minutes. A shorter session needs all of it.',
  'attendance.grading.percent': 'Minimum share of the session (%)',
  'attendance.grading.percentHint': 'From {min, number}% to {max, number}%.',
  'attendance.grading.aggregation': 'Gradebook columns',
  'attendance.grading.aggregation.perSession': 'Each session is its own gradebook column',
  'attendance.grading.aggregation.average': 'One column with the average over the room’s sessions',
  'attendance.grading.maxScore': 'Maximum score',
  'attendance.grading.maxScoreHint': 'From {min, number} to {max, number} points.',
  'attendance.grading.saved': 'Grading settings saved.',
  'attendance.grading.saveError': 'The grading settings could not be saved',
  'attendance.grading.courses': 'Grade sync per course',
  'attendance.grading.noCourses': 'The room is in no course yet: grades go to the gradebook of each course it is published in.',
  'attendance.grading.service.ready': 'Grade sync is available.',
  'attendance.grading.service.missing':
    'This course’s launches carry no grade service: enable “IMS LTI Assignment and Grade Services” for the tool in the LMS.',
  'attendance.grading.service.scopeMissing':
    'The LMS does not let LTI Rooms post grades in this course: ask your LMS administrator to allow the tool’s “IMS LTI Assignment and Grade Services” scopes.',
};
