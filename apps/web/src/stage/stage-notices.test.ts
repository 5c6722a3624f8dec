import { describe, expect, it } from '@jest/globals';
import type { StageMove } from '@lti-rooms/contracts';
import { demotedNotice, hostNoticeFor, noticeForMove, stageNoticeFor } from './stage-notices';
import { changed } from './stage-test-fixtures';

const ON_STAGE = 'You are on stage: your camera and microphone are on.';
const NO_HOST = 'No host is in the session any more, so the stage is closed for now.';

describe('notices for my own moves', () => {
  it.each<[StageMove['cause'], string | null]>([
    ['request-declined', 'The host declined your request to join the stage.'],
    ['removed-from-stage', 'A host moved you back to the audience.'],
    ['invitation-revoked', 'The host withdrew the invitation.'],
    ['invitation-withdrawn-no-host', NO_HOST],
    ['request-closed-no-host', NO_HOST],
    ['request-closed-by-access-mode', 'The stage no longer takes requests.'],
    ['brought-to-stage', ON_STAGE],
    ['invitation-accepted', ON_STAGE],
    ['joined-stage', ON_STAGE],
    ['invited', null],
    ['invitation-declined', null],
    ['requested', null],
    ['request-withdrawn', null],
    ['left-stage', null],
  ])('%s', (cause, notice) => {
    expect(noticeForMove(cause)).toBe(notice);
  });
});

describe('the notice a batch of changes calls for', () => {
  const move = (userId: string, cause: StageMove['cause'], to: StageMove['to'] = 'viewer'): StageMove => ({ userId, from: 'on-stage', to, cause, by: 'ada' });

  it("ignores other people's moves", () => {
    expect(stageNoticeFor([changed(4, { moves: [move('liam', 'removed-from-stage')] })], 'sam')).toBeUndefined();
  });

  it('takes the latest of my moves, and a move without words clears an older notice', () => {
    expect(stageNoticeFor([changed(4, { moves: [move('sam', 'joined-stage', 'on-stage')] }), changed(5, { moves: [move('sam', 'removed-from-stage')] })], 'sam')).toBe(
      'A host moved you back to the audience.',
    );
    expect(stageNoticeFor([changed(4, { moves: [move('sam', 'left-stage')] })], 'sam')).toBeNull();
  });

  it('tells a new moderator, and whether they went on stage with it', () => {
    const promoted = { roleChanges: [{ userId: 'sam', from: 'participant' as const, to: 'host' as const }] };
    expect(stageNoticeFor([changed(4, promoted)], 'sam')).toBe('A host made you a moderator of this session.');
    expect(stageNoticeFor([changed(4, { ...promoted, moves: [move('sam', 'host-role', 'on-stage')] })], 'sam')).toBe('A host made you a moderator: you are on stage.');
    expect(stageNoticeFor([changed(5, { roleChanges: [{ userId: 'sam', from: 'host', to: 'participant' }] })], 'sam')).toBeNull();
    expect(demotedNotice()).toBe('Your moderator rights were removed: reconnecting the video…');
  });

  it("tells hosts who declined their invitation, by name, and nothing about other moves", () => {
    const names = (userId: string) => ({ sam: 'Sam Student' } as Record<string, string>)[userId];
    const declined = { userId: 'sam', from: 'invited' as const, to: 'viewer' as const, cause: 'invitation-declined' as const, by: null };
    expect(hostNoticeFor([changed(4, { moves: [declined] })], 'ada', names)).toBe('Sam Student declined the invitation to the stage.');
    expect(hostNoticeFor([changed(4, { moves: [{ ...declined, userId: 'liam' }] })], 'ada', names)).toBe('A participant declined the invitation to the stage.');
    expect(hostNoticeFor([changed(4, { moves: [move('sam', 'left-stage')] })], 'ada', names)).toBeUndefined();
  });
});
