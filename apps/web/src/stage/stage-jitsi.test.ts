import { describe, expect, it } from '@jest/globals';
import { hostJitsiCommands, hostJoinCommands, MODERATION_ON, ownMediaSteps, rejoinEmbed } from './stage-jitsi';
import { host, person, stage } from './stage-test-fixtures';

const names = (commands: Array<{ name: string; args: unknown[] }>) => commands.map((c) => [c.name, ...c.args]);
const sam = (overrides = {}) => person('sam', { jitsiParticipantId: 'sam-endpoint', ...overrides });

describe("a host page's Jitsi commands for a stage change", () => {
  it("lets through the media of someone who goes on stage, by their conference id", () => {
    expect(names(hostJitsiCommands(stage([host(), sam({ position: 'invited' })]), stage([host(), sam({ position: 'on-stage' })]), 'ada'))).toEqual([
      ['askToUnmute', 'sam-endpoint'],
      ['approveVideo', 'sam-endpoint'],
    ]);
  });

  it('waits for the id of someone on stage whose page has not joined the conference yet', () => {
    const noId = sam({ position: 'on-stage', jitsiParticipantId: null });
    expect(hostJitsiCommands(stage([host(), sam({ jitsiParticipantId: null })]), stage([host(), noId]), 'ada')).toEqual([]);
    expect(names(hostJitsiCommands(stage([host(), noId]), stage([host(), sam({ position: 'on-stage' })]), 'ada'))).toEqual([
      ['askToUnmute', 'sam-endpoint'],
      ['approveVideo', 'sam-endpoint'],
    ]);
  });

  it('holds the media of someone who leaves the stage, or the session, again', () => {
    const reject = [['rejectParticipant', 'sam-endpoint', 'audio'], ['rejectParticipant', 'sam-endpoint', 'video']];
    expect(names(hostJitsiCommands(stage([host(), sam({ position: 'on-stage' })]), stage([host(), sam()]), 'ada'))).toEqual(reject);
    expect(names(hostJitsiCommands(stage([host(), sam({ position: 'on-stage' })]), stage([host()]), 'ada'))).toEqual(reject);
  });

  it('makes a new session moderator a Jitsi moderator, without holding their media', () => {
    const before = stage([host(), sam({ position: 'on-stage' })]);
    expect(names(hostJitsiCommands(before, stage([host(), sam({ position: 'on-stage', role: 'host', promoted: true })]), 'ada'))).toEqual([['grantModerator', 'sam-endpoint']]);
  });

  it('approves a moderator who is made a participant again while on stage (their new conference id, once known)', () => {
    const before = stage([host(), sam({ position: 'on-stage', role: 'host', promoted: true })]);
    expect(names(hostJitsiCommands(before, stage([host(), sam({ position: 'on-stage', jitsiParticipantId: 'sam-again' })]), 'ada'))).toEqual([
      ['askToUnmute', 'sam-again'],
      ['approveVideo', 'sam-again'],
    ]);
  });

  it('leaves hosts by role, and the page\'s own person, alone', () => {
    const tomas = (position: 'on-stage' | 'viewer') => person('tomas', { role: 'host', position, jitsiParticipantId: 'tomas-endpoint' });
    expect(hostJitsiCommands(stage([host(), tomas('viewer')]), stage([host(), tomas('on-stage')]), 'ada')).toEqual([]);
    expect(hostJitsiCommands(stage([host(), tomas('on-stage')]), stage([host(), tomas('viewer')]), 'ada')).toEqual([]);
    expect(hostJitsiCommands(stage([host({ position: 'viewer' }), sam()]), stage([host(), sam()]), 'ada')).toEqual([]);
    expect(hostJitsiCommands(stage([sam()]), stage([sam({ position: 'on-stage' })]), 'sam')).toEqual([]);
  });
});

describe('a host page joining the conference', () => {
  it('turns moderation on and lets through everyone already on stage', () => {
    const now = stage([host(), sam({ position: 'on-stage' }), person('liam', { position: 'on-stage' }), person('jonas')]);
    expect(names(hostJoinCommands(now, 'ada'))).toEqual([
      ['toggleModeration', true, 'audio'],
      ['toggleModeration', true, 'video'],
      ['askToUnmute', 'sam-endpoint'],
      ['approveVideo', 'sam-endpoint'],
    ]);
    expect(hostJoinCommands(null, 'ada')).toEqual(MODERATION_ON);
  });
});

describe('my own media with the stage', () => {
  it('going on stage: the stage toolbar, then microphone and camera on', () => {
    expect(ownMediaSteps(true)).toEqual([
      { kind: 'config', config: 'onStage' },
      { kind: 'media', medium: 'audio', on: true },
      { kind: 'media', medium: 'video', on: true },
    ]);
  });
  it("leaving it: both off, then the viewer's toolbar", () => {
    expect(ownMediaSteps(false)).toEqual([
      { kind: 'media', medium: 'audio', on: false },
      { kind: 'media', medium: 'video', on: false },
      { kind: 'config', config: 'viewer' },
    ]);
  });
});

describe('the video connected again after a demotion', () => {
  it('keeps the new configuration and token, without a second device check', () => {
    const embed = {
      provider: 'jitsi' as const, domain: 'meet.example.org', roomName: 'rooms-abc', appId: null, jwt: 'participant-jwt',
      configOverwrite: { prejoinConfig: { enabled: true }, startWithAudioMuted: false }, stageConfig: null, interfaceConfigOverwrite: {}, userInfo: { displayName: 'Sam' },
    };
    expect(rejoinEmbed(embed)).toEqual({ ...embed, configOverwrite: { prejoinConfig: { enabled: false }, startWithAudioMuted: false } });
  });
});
