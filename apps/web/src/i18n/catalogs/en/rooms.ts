/** English messages of the rooms area (ICU MessageFormat); the source every other catalog translates. */
export const rooms = {};
