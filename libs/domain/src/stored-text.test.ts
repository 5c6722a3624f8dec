import { characterLength, findNulByte, truncateText } from './stored-text';

describe('findNulByte', () => {
  it.each<[string, unknown, string | null]>([
    ['clean text', 'Week 3', null],
    ['a NUL in a string', 'a\u0000b', ''],
    ['nothing but data', { a: 1, b: [true, null] }, null],
    ['a NUL in a field', { name: 'ok', description: 'x\u0000' }, 'description'],
    ['a NUL in a nested field', { availability: { start: '\u0000' } }, 'availability.start'],
    ['a NUL in an array item', { tags: ['ok', 'b\u0000'] }, 'tags.1'],
    ['a NUL in a key', { ['ke\u0000y']: 'v' }, 'ke\\0y'],
    ['the escaped form is fine', { name: '\\u0000' }, null],
  ])('%s', (_label, value, expected) => expect(findNulByte(value)).toBe(expected));

  it('prefixes the path it was given', () => {
    expect(findNulByte({ zone: '\u0000' }, 'query')).toBe('query.zone');
  });
});

describe('stored text lengths', () => {
  it('counts characters as PostgreSQL does, an emoji as one', () => {
    expect(characterLength('😀😀é')).toBe(3);
  });

  it.each([
    ['short text stays', 'Week 3', 10, 'Week 3'],
    ['long text is cut', 'abcdef', 3, 'abc'],
    ['an emoji is never cut in half', `${'a'.repeat(4)}😀😀`, 5, 'aaaa😀'],
  ])('%s', (_label, text, limit, expected) => {
    expect(truncateText(text, limit)).toBe(expected);
    expect(characterLength(truncateText(text, limit))).toBeLessThanOrEqual(limit);
  });
});
