import type { en } from './en';

/** The id of a message; the English catalog defines them. */
export type MessageId = keyof typeof en;

/**
 * A language's translation of one area: every English id, no other. A key missing in a
 * language (or one English no longer has) fails the type check, and so the build.
 */
export type Translation<English> = { readonly [Id in keyof English]: string };

/** A whole language. */
export type Catalog = Translation<typeof en>;
