/** English messages of the launch area (ICU MessageFormat); the source every other catalog translates. */
export const launch = {};
