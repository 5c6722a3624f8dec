/** English messages of the meetingState area (ICU MessageFormat); the source every other catalog translates. */
export const meetingState = {};
