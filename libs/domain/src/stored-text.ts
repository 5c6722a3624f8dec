/**
 * How long each kind of stored text may be, in characters (code points, as PostgreSQL's
 * varchar(n) counts). Each equals its column's size; `stored-text-columns.int.test.ts`
 * checks every column against this table, so a schema bound and a column never drift apart.
 */
export const TEXT_LIMITS = {
  /** Opaque LTI identifiers: user `sub`, context id, resource link id, deployment id, client id. */
  ltiId: 255,
  /** A person's name and its parts, from a launch or the course roster. */
  personName: 255,
  /** RFC 5321's longest address. */
  email: 320,
  courseTitle: 500,
  courseLabel: 255,
  /** Every URL the tool keeps (picture, return URL, target link, NRPS, platform endpoints). */
  url: 1000,
  /** A BCP 47 language tag. */
  locale: 35,
  issuer: 500,
  platformName: 255,
  roomName: 120,
  templateName: 120,
  ltiRole: 500,
  jitsiDomain: 255,
  jitsiAppId: 255,
  jitsiKeyId: 255,
  jitsiParticipantId: 100,
} as const;
export type TextLimit = keyof typeof TEXT_LIMITS;

/** Counted as PostgreSQL counts: a character outside the BMP is one, not two UTF-16 units. */
export function characterLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** The first `limit` characters, never cutting a surrogate pair in half. */
export function truncateText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return Array.from(text).slice(0, limit).join('');
}

/**
 * Where a NUL byte hides in an input (a string, or any string or key of an object or
 * array), as a dotted path; null when there is none. No column can hold one: SQLite
 * refuses it and PostgreSQL would keep a literal "\0" instead.
 */
export function findNulByte(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findNulByte(value[i], join(path, String(i)));
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key.includes('\u0000')) return join(path, key.replaceAll('\u0000', '\\0'));
      const found = findNulByte(inner, join(path, key));
      if (found !== null) return found;
    }
  }
  return null;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
