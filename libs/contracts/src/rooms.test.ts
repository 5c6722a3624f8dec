import { createRoomBodySchema } from './rooms';

/** The create body is built from the domain's rules: what the domain refuses, the contract refuses. */
const body = (overrides: Record<string, unknown>) => ({ name: 'Seminar', modeChoice: { kind: 'mode', mode: 'interactive' }, availability: { kind: 'always' }, channelId: null, ...overrides });
const issuesOf = (input: Record<string, unknown>) => {
  const result = createRoomBodySchema.safeParse(body(input));
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), code: (issue as { params?: { code?: string } }).params?.code }));
};

describe('the room contract', () => {
  it('refuses bidi overrides and control characters in a name', () => {
    expect(issuesOf({ name: 'Exam \u202Ereview' })).toEqual([{ path: 'name', code: 'NAME_HAS_CONTROL_CHARACTERS' }]);
    expect(issuesOf({ name: 'Line\nbreak' })).toEqual([{ path: 'name', code: 'NAME_HAS_CONTROL_CHARACTERS' }]);
  });

  it('counts names and tags in characters, and stores them normalised', () => {
    expect(issuesOf({ name: '🎓'.repeat(120), tags: ['🎓'.repeat(30)] })).toEqual([]);
    expect(issuesOf({ name: 'x'.repeat(121) })).toEqual([{ path: 'name', code: 'NAME_TOO_LONG' }]);
    expect(issuesOf({ tags: ['ok', 'y'.repeat(31)] })).toEqual([{ path: 'tags.1', code: 'TAG_TOO_LONG' }]);
    const parsed = createRoomBodySchema.parse(body({ name: '  Cafe\u0301  ', tags: ['Week  1', 'week 1', ' '] }));
    expect(parsed).toMatchObject({ name: 'Caf\u00e9', tags: ['week 1'] });
  });
});
