import { normalizeRoomName, normalizeTags } from './room-fields';

describe('normalizeRoomName', () => {
  it.each<[string, string, ReturnType<typeof normalizeRoomName>]>([
    ['a plain name', 'Week 3 seminar', { ok: true, value: 'Week 3 seminar' }],
    ['trimmed', '  Week 3 seminar \n', { ok: true, value: 'Week 3 seminar' }],
    ['one character', 'A', { ok: true, value: 'A' }],
    ['exactly 120', 'x'.repeat(120), { ok: true, value: 'x'.repeat(120) }],
    ['120 counted after trimming', `  ${'x'.repeat(120)}  `, { ok: true, value: 'x'.repeat(120) }],
    ['120 emoji are 120 characters', '🎓'.repeat(120), { ok: true, value: '🎓'.repeat(120) }],
    ['decomposed accents are composed', 'Cafe\u0301', { ok: true, value: 'Café' }],
    ['right-to-left script without explicit controls', 'سمينار الأسبوع', { ok: true, value: 'سمينار الأسبوع' }],
    ['empty', '', { ok: false, problems: [{ code: 'NAME_REQUIRED', field: 'name' }] }],
    ['only spaces', '   \t ', { ok: false, problems: [{ code: 'NAME_REQUIRED', field: 'name' }] }],
    ['121 characters', 'x'.repeat(121), { ok: false, problems: [{ code: 'NAME_TOO_LONG', field: 'name', limit: 120 }] }],
    ['a newline inside', 'Week 3\nseminar', { ok: false, problems: [{ code: 'NAME_HAS_CONTROL_CHARACTERS', field: 'name' }] }],
    ['a tab inside', 'Week\t3', { ok: false, problems: [{ code: 'NAME_HAS_CONTROL_CHARACTERS', field: 'name' }] }],
    ['NUL', 'Week\u00003', { ok: false, problems: [{ code: 'NAME_HAS_CONTROL_CHARACTERS', field: 'name' }] }],
    ['a C1 control', 'Week\u00853', { ok: false, problems: [{ code: 'NAME_HAS_CONTROL_CHARACTERS', field: 'name' }] }],
    ['a line separator inside', 'Week\u20283', { ok: false, problems: [{ code: 'NAME_HAS_CONTROL_CHARACTERS', field: 'name' }] }],
    ['a right-to-left override', 'invoice\u202Efdp.exe', { ok: false, problems: [{ code: 'NAME_HAS_CONTROL_CHARACTERS', field: 'name' }] }],
    ['a bidi isolate', 'a\u2066b', { ok: false, problems: [{ code: 'NAME_HAS_CONTROL_CHARACTERS', field: 'name' }] }],
    [
      'too long and dirty',
      `${'x'.repeat(120)}\u0007`,
      { ok: false, problems: [{ code: 'NAME_TOO_LONG', field: 'name', limit: 120 }, { code: 'NAME_HAS_CONTROL_CHARACTERS', field: 'name' }] },
    ],
  ])('%s', (_label, raw, expected) => expect(normalizeRoomName(raw)).toEqual(expected));

  it('names the field it was given', () => {
    expect(normalizeRoomName('', 'template.name')).toEqual({ ok: false, problems: [{ code: 'NAME_REQUIRED', field: 'template.name' }] });
  });
});

const ten = Array.from({ length: 10 }, (_, i) => `tag${i}`);

describe('normalizeTags', () => {
  it.each<[string, string[], ReturnType<typeof normalizeTags>]>([
    ['none', [], { ok: true, value: [] }],
    ['lower-cased and trimmed', [' Maths ', 'LIVE'], { ok: true, value: ['maths', 'live'] }],
    ['inner whitespace collapsed', ['machine \t  learning'], { ok: true, value: ['machine learning'] }],
    ['duplicates dropped, first wins', ['Exam', 'exam', 'EXAM ', 'review'], { ok: true, value: ['exam', 'review'] }],
    ['blank entries dropped', ['a', '', '   ', 'b'], { ok: true, value: ['a', 'b'] }],
    ['ten', ten, { ok: true, value: ten }],
    ['eleven entries that dedupe to ten', [...ten, 'TAG0'], { ok: true, value: ten }],
    ['exactly 30 characters', ['x'.repeat(30)], { ok: true, value: ['x'.repeat(30)] }],
    ['non-Latin letters', ['Ünterricht', 'Физика'], { ok: true, value: ['ünterricht', 'физика'] }],
    ['eleven', [...ten, 'one more'], { ok: false, problems: [{ code: 'TOO_MANY_TAGS', field: 'tags', limit: 10 }] }],
    ['31 characters', ['ok', 'x'.repeat(31)], { ok: false, problems: [{ code: 'TAG_TOO_LONG', field: 'tags.1', limit: 30 }] }],
    ['a control character', ['bell\u0007'], { ok: false, problems: [{ code: 'TAG_HAS_CONTROL_CHARACTERS', field: 'tags.0' }] }],
    ['a bidi override', ['a\u202Eb'], { ok: false, problems: [{ code: 'TAG_HAS_CONTROL_CHARACTERS', field: 'tags.0' }] }],
    [
      'positions are those the user typed',
      ['', 'x'.repeat(40), 'fine', 'bad\u0000'],
      { ok: false, problems: [{ code: 'TAG_TOO_LONG', field: 'tags.1', limit: 30 }, { code: 'TAG_HAS_CONTROL_CHARACTERS', field: 'tags.3' }] },
    ],
  ])('%s', (_label, raw, expected) => expect(normalizeTags(raw)).toEqual(expected));
});
