import { mapLtiRoles, MappedRoles } from './role-mapping';

const M = 'http://purl.imsglobal.org/vocab/lis/v2/membership';
const I = 'http://purl.imsglobal.org/vocab/lis/v2/institution/person';
const S = 'http://purl.imsglobal.org/vocab/lis/v2/system/person';

type Row = [label: string, roles: string[], expected: Partial<MappedRoles>];

// One row per line of the SPEC's role table, plus how real platforms spell them.
const SPEC_TABLE: Row[] = [
  ['Instructor', [`${M}#Instructor`], { channelRole: 'manager', isAdministrator: false }],
  ['Instructor (short name)', ['Instructor'], { channelRole: 'manager' }],
  ['ContentDeveloper', [`${M}#ContentDeveloper`], { channelRole: 'manager' }],
  ['context Administrator', [`${M}#Administrator`], { channelRole: 'manager', isAdministrator: false }],
  ['institution Administrator', [`${I}#Administrator`], { channelRole: 'manager', isAdministrator: true }],
  ['system Administrator', [`${S}#Administrator`], { channelRole: 'manager', isAdministrator: true }],
  ['Moodle site admin teaching', [`${M}#Instructor`, `${I}#Administrator`], { channelRole: 'manager', isAdministrator: true }],
  ['TeachingAssistant sub-role', [`${M}/Instructor#TeachingAssistant`], { channelRole: 'moderator' }],
  ['Canvas TA: Instructor + TeachingAssistant', [`${M}#Instructor`, `${M}/Instructor#TeachingAssistant`], { channelRole: 'moderator' }],
  ['Canvas TA, order reversed', [`${M}/Instructor#TeachingAssistant`, `${M}#Instructor`], { channelRole: 'moderator' }],
  ['TA who is also ContentDeveloper', [`${M}/Instructor#TeachingAssistant`, `${M}#ContentDeveloper`], { channelRole: 'manager' }],
  ['Learner', [`${M}#Learner`], { channelRole: 'participant', isObserver: false }],
  ['Learner (short name)', ['Learner'], { channelRole: 'participant', isObserver: false }],
  ['Member', [`${M}#Member`], { channelRole: 'participant', isObserver: false }],
  ['Mentor', [`${M}#Mentor`], { channelRole: 'participant', isObserver: true }],
  ['Observer (institution)', [`${I}#Observer`], { channelRole: 'participant', isObserver: true }],
  ['anything else', ['http://example.edu/roles#Guest'], { channelRole: 'participant', isObserver: true }],
  ['no roles at all', [], { channelRole: 'participant', isObserver: true }],
  ['institution Faculty only', [`${I}#Faculty`], { channelRole: 'participant', isObserver: true }],
  ['Learner who is also Mentor', [`${M}#Learner`, `${M}#Mentor`], { channelRole: 'participant', isObserver: false }],
  ['legacy urn Instructor', ['urn:lti:role:ims/lis/Instructor'], { channelRole: 'manager' }],
  ['legacy urn TA', ['urn:lti:role:ims/lis/Instructor', 'urn:lti:role:ims/lis/Instructor/TeachingAssistant'], { channelRole: 'moderator' }],
  ['legacy urn sysadmin', ['urn:lti:sysrole:ims/lis/Administrator'], { channelRole: 'manager', isAdministrator: true }],
];

describe('mapLtiRoles: the SPEC role table', () => {
  it.each(SPEC_TABLE)('%s', (_label, roles, expected) => {
    expect(mapLtiRoles(roles)).toMatchObject(expected);
  });
});

describe('mapLtiRoles: per-platform overrides', () => {
  it('maps a custom role URI onto moderator', () => {
    expect(mapLtiRoles(['http://example.edu/roles#Tutor'], { 'http://example.edu/roles#Tutor': 'moderator' }).channelRole).toBe('moderator');
  });
  it('maps a short name onto manager', () => {
    expect(mapLtiRoles([`${M}#Mentor`], { Mentor: 'manager' }).channelRole).toBe('manager');
  });
  it('can lower a default role', () => {
    expect(mapLtiRoles([`${M}#ContentDeveloper`], { ContentDeveloper: 'participant' }).channelRole).toBe('participant');
  });
  it('names a sub-role by its short form', () => {
    expect(mapLtiRoles([`${M}/Instructor#TeachingAssistant`], { 'Instructor#TeachingAssistant': 'manager' }).channelRole).toBe('manager');
  });
  it('keeps the highest role when only one of several is overridden', () => {
    expect(mapLtiRoles([`${M}#Instructor`, `${M}#Mentor`], { Mentor: 'participant' }).channelRole).toBe('manager');
  });
});
