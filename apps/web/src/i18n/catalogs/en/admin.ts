/** English messages of the admin area (ICU MessageFormat); the source every other catalog translates. */
export const admin = {};
