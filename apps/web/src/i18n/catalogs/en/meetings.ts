/** English messages of the meetings area (ICU MessageFormat); the source every other catalog translates. */
export const meetings = {};
