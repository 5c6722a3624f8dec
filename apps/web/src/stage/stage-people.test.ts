import { describe, expect, it } from '@jest/globals';
import { participantsPanelLists, seatsTaken, stageBadge, stageHasRoom } from './stage-people';
import { host, person, stage } from './stage-test-fixtures';

describe('the participants panel lists', () => {
  const people = [
    host(),
    person('sam', { name: 'Sam Student', position: 'requested', since: '2026-11-27T10:05:00.000Z' }),
    person('liam', { name: 'Liam Murphy', position: 'requested', since: '2026-11-27T10:01:00.000Z' }),
    person('amara', { name: 'Amara Okafor', position: 'invited' }),
    person('jonas', { name: 'Jonas Becker' }),
  ];

  it('lists requests oldest first and counts invited people among the viewers', () => {
    const lists = participantsPanelLists(stage(people), '');
    expect(lists.onStage.map((p) => p.userId)).toEqual(['ada']);
    expect(lists.requests.map((p) => p.userId)).toEqual(['liam', 'sam']);
    expect(lists.viewers.map((p) => p.userId)).toEqual(['amara', 'jonas']);
    expect(lists.viewerCount).toBe(2);
  });

  it('filters viewers by name, ignoring case and spaces around the search', () => {
    const lists = participantsPanelLists(stage(people), '  becK ');
    expect(lists.viewers.map((p) => p.userId)).toEqual(['jonas']);
    expect(lists.viewerCount).toBe(2);
    expect(lists.requests).toHaveLength(2);
  });
});

describe('seats', () => {
  it('counts everyone on stage, hosts included, against the cap', () => {
    const full = stage([host(), person('sam', { position: 'on-stage' })], { cap: 2 });
    expect(seatsTaken(full)).toBe(2);
    expect(stageHasRoom(full)).toBe(false);
    expect(stageHasRoom(stage([host()], { cap: 2 }))).toBe(true);
  });
});

describe('badges', () => {
  it.each([
    ['a host by role', host(), 'Host'],
    ['a moderator for this session', person('sam', { role: 'host', promoted: true }), 'Moderator'],
    ['a participant', person('sam'), null],
    ['an observer', person('olga', { role: 'observer' }), null],
  ])('%s', (_case, who, badge) => {
    expect(stageBadge(who)).toBe(badge);
  });
});
