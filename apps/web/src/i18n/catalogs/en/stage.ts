/** English messages of the stage area (ICU MessageFormat); the source every other catalog translates. */
export const stage = {};
