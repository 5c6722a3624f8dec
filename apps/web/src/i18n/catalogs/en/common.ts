/** English messages of the common area (ICU MessageFormat); the source every other catalog translates. */
export const common = {};
