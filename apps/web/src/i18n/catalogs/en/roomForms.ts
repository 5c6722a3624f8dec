/** English messages of the roomForms area (ICU MessageFormat); the source every other catalog translates. */
export const roomForms = {};
