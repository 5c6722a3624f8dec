import { characterLength, TEXT_LIMITS } from '../stored-text';
import type { FieldErrorCode } from '../errors';
import { FieldProblem } from './problem';

export const ROOM_NAME_MAX_LENGTH = TEXT_LIMITS.roomName;
export const MAX_TAGS = 10;
export const TAG_MAX_LENGTH = 30;
/** A description is sanitised HTML; this bounds what one room may store. */
export const DESCRIPTION_MAX_LENGTH = 10_000;

export type FieldResult<T, Code extends FieldErrorCode> = { ok: true; value: T } | { ok: false; problems: FieldProblem<Code>[] };

/**
 * Characters that have no place in a one-line label: C0/C1 controls (newlines, tabs, NUL),
 * line and paragraph separators, and explicit bidi embeddings/overrides/isolates, which
 * can make a name display as something other than what it is ("Trojan Source").
 */
const FORBIDDEN_CHARACTERS = /[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/u;

/** NFC first, so "é" typed on macOS and on Windows is the same name of the same length. */
function canonical(text: string): string {
  return text.normalize('NFC').trim();
}

export type RoomNameProblemCode = 'NAME_REQUIRED' | 'NAME_TOO_LONG' | 'NAME_HAS_CONTROL_CHARACTERS';

/** A room name as it will be stored: trimmed, 1-120 characters, one clean line. */
export function normalizeRoomName(raw: string, field = 'name'): FieldResult<string, RoomNameProblemCode> {
  const value = canonical(raw);
  const problems: FieldProblem<RoomNameProblemCode>[] = [];
  if (value === '') problems.push({ code: 'NAME_REQUIRED', field });
  if (characterLength(value) > ROOM_NAME_MAX_LENGTH) problems.push({ code: 'NAME_TOO_LONG', field, limit: ROOM_NAME_MAX_LENGTH });
  if (FORBIDDEN_CHARACTERS.test(value)) problems.push({ code: 'NAME_HAS_CONTROL_CHARACTERS', field });
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}

export type TagProblemCode = 'TOO_MANY_TAGS' | 'TAG_TOO_LONG' | 'TAG_HAS_CONTROL_CHARACTERS';

/**
 * Tags as stored: lower-cased, inner whitespace collapsed, duplicates dropped (first wins),
 * at most 10 of at most 30 characters. Blank entries are dropped without complaint: they
 * come from a trailing comma, not from a user's intent. Problems name the position the
 * user typed, so the form can point at the entry.
 */
export function normalizeTags(raw: readonly string[], field = 'tags'): FieldResult<string[], TagProblemCode> {
  const problems: FieldProblem<TagProblemCode>[] = [];
  const tags: string[] = [];
  raw.forEach((entry, index) => {
    const tag = canonical(entry).replace(/\s+/gu, ' ').toLowerCase();
    if (tag === '') return;
    if (FORBIDDEN_CHARACTERS.test(tag)) problems.push({ code: 'TAG_HAS_CONTROL_CHARACTERS', field: `${field}.${index}` });
    else if (characterLength(tag) > TAG_MAX_LENGTH) problems.push({ code: 'TAG_TOO_LONG', field: `${field}.${index}`, limit: TAG_MAX_LENGTH });
    else if (!tags.includes(tag)) tags.push(tag);
  });
  if (tags.length > MAX_TAGS) problems.push({ code: 'TOO_MANY_TAGS', field, limit: MAX_TAGS });
  return problems.length === 0 ? { ok: true, value: tags } : { ok: false, problems };
}
