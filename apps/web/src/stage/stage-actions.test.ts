import { describe, expect, it } from '@jest/globals';
import type { StageParticipantBody } from '@lti-rooms/contracts';
import { hostStageActions, selfStageCommands, stageFullForMe, viewerHint } from './stage-actions';
import { host, person, stage } from './stage-test-fixtures';

describe('my own stage buttons', () => {
  const roomy = (accessMode: 'invite' | 'request' | 'everyone', cap = 10) => stage([host()], { accessMode, cap });
  it.each<[string, Partial<StageParticipantBody>, 'invite' | 'request' | 'everyone', number, string[]]>([
    ['a viewer in "Invite only"', {}, 'invite', 10, []],
    ['a viewer in "Join by request"', {}, 'request', 10, ['requestStage']],
    ['a viewer who asked', { position: 'requested' }, 'request', 10, ['withdrawRequest']],
    ['a viewer in "Everyone on stage"', {}, 'everyone', 10, ['joinStage']],
    ['a viewer in "Everyone on stage" with every seat taken', {}, 'everyone', 1, []],
    ['an invited viewer (the dialog answers)', { position: 'invited' }, 'everyone', 10, []],
    ['someone on stage', { position: 'on-stage' }, 'invite', 10, ['leaveStage']],
    ['an observer in "Join by request"', { role: 'observer' }, 'request', 10, []],
    ['an observer in "Everyone on stage"', { role: 'observer' }, 'everyone', 10, []],
    ['an observer invited on stage', { role: 'observer', position: 'on-stage' }, 'invite', 10, ['leaveStage']],
    ['a host off stage with a free seat', { role: 'host' }, 'invite', 10, ['joinStage']],
    ['a host off stage, stage full', { role: 'host' }, 'invite', 1, []],
  ])('%s', (_case, me, mode, cap, expected) => {
    expect(selfStageCommands(person('sam', me), roomy(mode, cap)).map((c) => c.type)).toEqual(expected);
  });

  it.each<[string, Partial<StageParticipantBody>, 'invite' | 'request' | 'everyone', string | null]>([
    ['a viewer in "Invite only"', {}, 'invite', 'You are watching as a viewer. A host may invite you to the stage.'],
    ['a viewer in "Join by request"', {}, 'request', 'You are watching as a viewer. To speak, ask to join the stage.'],
    ['a viewer in "Everyone on stage"', {}, 'everyone', 'You are watching as a viewer. To speak, join the stage.'],
    ['an observer in "Join by request"', { role: 'observer' }, 'request', 'You are watching as a viewer. A host may invite you to the stage.'],
    ['someone on stage', { position: 'on-stage' }, 'request', null],
    ['a viewer who asked', { position: 'requested' }, 'request', null],
    ['a host off stage', { role: 'host' }, 'invite', null],
  ])('tells %s how to get on stage', (_case, me, mode, expected) => {
    expect(viewerHint(person('sam', me), roomy(mode))).toBe(expected);
  });

  it('says the stage is full where a Join stage button would be', () => {
    expect(stageFullForMe(person('sam'), stage([host()], { accessMode: 'everyone', cap: 1 }))).toBe(true);
    expect(stageFullForMe(person('sam'), stage([host()], { accessMode: 'invite', cap: 1 }))).toBe(false);
    expect(stageFullForMe(person('olga', { role: 'observer' }), stage([host()], { accessMode: 'everyone', cap: 1 }))).toBe(false);
  });
});

describe("a host's buttons for one person", () => {
  const actionsFor = (who: StageParticipantBody) => hostStageActions(who, 'ada').map((a) => [a.label, a.name, a.command]);
  it.each<[string, Partial<StageParticipantBody>, Array<[string, string, unknown]>]>([
    ['a viewer', {}, [['Invite to stage', 'Invite Sam Student to stage', { type: 'invite', targetUserId: 'sam' }]]],
    ['an invited viewer', { position: 'invited' }, [['Revoke invite', 'Revoke invite for Sam Student', { type: 'revokeInvite', targetUserId: 'sam' }]]],
    ['a request', { position: 'requested' }, [
      ['Bring to stage', 'Bring Sam Student to stage', { type: 'bringToStage', targetUserId: 'sam' }],
      ['Decline', 'Decline request from Sam Student', { type: 'declineRequest', targetUserId: 'sam' }],
    ]],
    ['someone on stage', { position: 'on-stage' }, [['Remove from stage', 'Remove Sam Student from stage', { type: 'removeFromStage', targetUserId: 'sam' }]]],
  ])('%s, who may also be made moderator', (_case, overrides, expected) => {
    const moderator: [string, string, unknown] = ['Make moderator', 'Make Sam Student moderator', { type: 'setModerator', targetUserId: 'sam', moderator: true }];
    expect(actionsFor(person('sam', { name: 'Sam Student', ...overrides }))).toEqual([...expected, moderator]);
  });

  it('an observer may be invited and made moderator', () => {
    expect(actionsFor(person('olga', { name: 'Olga Observer', role: 'observer' })).map(([label]) => label)).toEqual(['Invite to stage', 'Make moderator']);
  });

  it('a moderator for this session may be made a participant again, never removed from the stage', () => {
    expect(actionsFor(person('sam', { name: 'Sam Student', role: 'host', promoted: true, position: 'on-stage' }))).toEqual([
      ['Remove moderator', 'Remove moderator rights from Sam Student', { type: 'setModerator', targetUserId: 'sam', moderator: false }],
    ]);
  });

  it('a host by role and oneself get no buttons', () => {
    expect(actionsFor(person('tomas', { role: 'host', position: 'on-stage' }))).toEqual([]);
    expect(actionsFor(person('tomas', { role: 'host', position: 'viewer' }))).toEqual([]);
    expect(hostStageActions(host(), 'ada')).toEqual([]);
  });
});
