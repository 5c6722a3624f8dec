import fc from 'fast-check';

/**
 * The values an attacker tries first: NUL bytes, control and bidi characters, strings just
 * over the column sizes (255, 320, 500, 1000), broken %-escapes, injection look-alikes.
 */
const withNul = fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })).map(([a, b]) => `${a}\u0000${b}`);
const overColumnSize = fc.constantFrom(121, 256, 321, 501, 1001, 4000).map((n) => 'x'.repeat(n));
const notable = fc.constantFrom(
  '', ' ', '\u202e', '\u2028', '%', '%00', '%E0%A4%A', '..', '../../etc/passwd', '<script>alert(1)</script>', "'; DROP TABLE rooms; --",
  '\\u0000', '😀'.repeat(130), 'null', 'undefined', '__proto__', 'constructor', '0', '-1', '1e309', 'NaN', '00000000-0000-0000-0000-000000000000',
);

/** Any odd text, including full Unicode (lone surrogates too) and ASCII control characters. */
export const oddText = fc.oneof(
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 20 }), weight: 2 },
  { arbitrary: withNul, weight: 3 },
  { arbitrary: overColumnSize, weight: 2 },
  { arbitrary: notable, weight: 3 },
);

/** Any JSON value where a field is expected: wrong types, nesting, odd text. */
export const oddJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: oddText, weight: 5 },
  { arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)), weight: 2 },
  { arbitrary: fc.array(oddText, { maxLength: 3 }), weight: 1 },
  { arbitrary: fc.dictionary(oddText, oddText, { maxKeys: 3 }), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
);

/** A path segment as it appears on the wire: encoded odd text, broken escapes, ids that do not exist. */
export const oddSegment = fc.oneof(
  { arbitrary: fc.uuid(), weight: 2 },
  { arbitrary: oddText.filter((text) => text.length > 0).map((text) => safeEncode(text)), weight: 4 },
  { arbitrary: fc.constantFrom('%E0%A4%A', '%', '%zz', '%C0%AF', '%ED%A0%80', '%00', 'a%00b', '%FF', '%2e%2e', '%2F', '%25', 'a'.repeat(3000)), weight: 3 },
);

/** A query string of odd parameters (qs-style nesting and repeats included). */
export const oddQuery = (names: string[]) =>
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...names), fc.constantFrom(...names).map((n) => `${n}[]`), fc.constantFrom(...names).map((n) => `${n}[a][b]`), oddSegment),
        fc.oneof(oddSegment, oddText.map((text) => safeEncode(text))),
      ),
      { maxLength: 5 },
    )
    .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));

/** Header values Node's client will send (printable Latin-1), odd for the server. */
export const oddHeaderValue = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.constantFrom('', 'Bearer', 'Bearer ', 'Bearer a.b.c', 'Basic YTpi', 'lti_rooms_session=%E0%A4%A', 'x'.repeat(6000), 'ÿÿÿ', 'null'),
);

export const oddMethod = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'PROPFIND', 'MKCOL', 'SEARCH', 'PURGE');

/** encodeURIComponent throws on lone surrogates; those are sent as a broken escape instead. */
export function safeEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}
