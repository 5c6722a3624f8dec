import { defaultFeaturesFor } from '../rooms/room-mode';
import { JITSI_OVERWRITABLE_KEYS, jitsiMeetingConfig, JitsiConfigInput, jitsiTokenFeatures, joinsViewOnly, SessionChat } from './jitsi-config';

const allChat: SessionChat = { groupChat: true, privateChat: true, polls: true, reactions: true };
const noChat: SessionChat = { groupChat: false, privateChat: false, polls: false, reactions: false };

const input = (overrides: Partial<JitsiConfigInput>): JitsiConfigInput => ({
  mode: 'interactive', features: defaultFeaturesFor('interactive'), chat: allChat, role: 'participant', onStage: true, ...overrides,
});
const panelViewer = input({ mode: 'panel', features: defaultFeaturesFor('panel'), onStage: false });
const panelHost = input({ mode: 'panel', features: defaultFeaturesFor('panel'), role: 'host', onStage: true });

/** Each key Jitsi would read: a whitelisted top-level key covers its children; otherwise each child path must be listed. */
function rejectedKeys(config: Record<string, unknown>): string[] {
  const allowed = new Set<string>(JITSI_OVERWRITABLE_KEYS);
  const rejected: string[] = [];
  for (const [key, value] of Object.entries(config)) {
    if (allowed.has(key)) continue;
    const children = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
    if (children.length === 0) rejected.push(key);
    for (const child of children) if (!allowed.has(`${key}.${child}`)) rejected.push(`${key}.${child}`);
  }
  return rejected;
}

describe('jitsiMeetingConfig', () => {
  it.each<[string, JitsiConfigInput]>([
    ['interactive participant', input({})],
    ['interactive host', input({ role: 'host' })],
    ['panel viewer', panelViewer],
    ['panel host', panelHost],
    ['everything off', input({ features: { ...defaultFeaturesFor('interactive'), chat: false, recording: true, lobby: true }, chat: noChat })],
  ])('%s: only keys Jitsi accepts from an embedding page', (_label, config) => {
    expect(rejectedKeys(jitsiMeetingConfig(config).configOverwrite)).toEqual([]);
  });

  it('the device check comes first for everyone', () => {
    for (const config of [input({}), panelViewer, panelHost]) expect(jitsiMeetingConfig(config).configOverwrite.prejoinConfig).toEqual({ enabled: true });
  });

  it('panel viewers start muted, without camera, microphone or screen-sharing buttons', () => {
    const { configOverwrite, viewOnly } = jitsiMeetingConfig(panelViewer);
    expect(viewOnly).toBe(true);
    expect(configOverwrite).toMatchObject({ startWithAudioMuted: true, startWithVideoMuted: true });
    const buttons = configOverwrite.toolbarButtons as string[];
    for (const removed of ['microphone', 'camera', 'desktop', 'toggle-camera', 'select-background']) expect(buttons).not.toContain(removed);
    expect(buttons).toEqual(expect.arrayContaining(['hangup', 'chat', 'raisehand']));
  });

  it.each<[string, JitsiConfigInput]>([
    ['panel host', panelHost],
    ['interactive participant', input({})],
  ])('%s: joins with media and its buttons', (_label, config) => {
    const { configOverwrite, viewOnly } = jitsiMeetingConfig(config);
    expect(viewOnly).toBe(false);
    expect(configOverwrite).toMatchObject({ startWithAudioMuted: false, startWithVideoMuted: false });
    expect(configOverwrite.toolbarButtons).toEqual(expect.arrayContaining(['microphone', 'camera', 'desktop']));
  });

  type Feature = 'chat' | 'privateChat' | 'screenSharing' | 'raiseHand' | 'reactions' | 'polls' | 'breakoutRooms' | 'recording' | 'lobby';
  it.each<[string, Partial<Record<Feature, boolean>>, Partial<SessionChat>, (c: Record<string, unknown>) => unknown, unknown]>([
    ['group chat on', {}, {}, (c) => (c.toolbarButtons as string[]).includes('chat'), true],
    ['group chat off in the room', {}, { groupChat: false }, (c) => (c.toolbarButtons as string[]).includes('chat'), false],
    ['chat off in the template', { chat: false }, {}, (c) => (c.toolbarButtons as string[]).includes('chat'), false],
    ['private chat on', {}, {}, (c) => c.remoteVideoMenu, { disablePrivateChat: false }],
    ['private chat off in the room', {}, { privateChat: false }, (c) => c.remoteVideoMenu, { disablePrivateChat: true }],
    ['private chat off in the template', { privateChat: false }, {}, (c) => c.remoteVideoMenu, { disablePrivateChat: true }],
    ['no private chat without chat', { chat: false }, {}, (c) => c.remoteVideoMenu, { disablePrivateChat: true }],
    ['polls on', {}, {}, (c) => c.disablePolls, false],
    ['polls off in the room', {}, { polls: false }, (c) => c.disablePolls, true],
    ['polls off in the template', { polls: false }, {}, (c) => c.disablePolls, true],
    ['reactions on', {}, {}, (c) => [c.disableReactions, (c.toolbarButtons as string[]).includes('reactions')], [false, true]],
    ['reactions off in the room', {}, { reactions: false }, (c) => [c.disableReactions, (c.toolbarButtons as string[]).includes('reactions')], [true, false]],
    ['reactions off in the template', { reactions: false }, {}, (c) => c.disableReactions, true],
    ['raise hand on', {}, {}, (c) => (c.toolbarButtons as string[]).includes('raisehand'), true],
    ['raise hand off', { raiseHand: false }, {}, (c) => (c.toolbarButtons as string[]).includes('raisehand'), false],
    ['screen sharing off', { screenSharing: false }, {}, (c) => (c.toolbarButtons as string[]).includes('desktop'), false],
    ['breakout rooms off', { breakoutRooms: false }, {}, (c) => c.breakoutRooms, { hideAddRoomButton: true, hideAutoAssignButton: true }],
    ['lobby off: the tool\'s waiting room is the lobby', {}, {}, (c) => c.hideLobbyButton, true],
    ['recording off', { recording: false }, {}, (c) => c.localRecording, { disable: true }],
    ['recording on: not for participants', { recording: true }, {}, (c) => (c.toolbarButtons as string[]).includes('recording'), false],
  ])('%s', (_label, features, chat, pick, expected) => {
    const config = jitsiMeetingConfig(input({ features: { ...defaultFeaturesFor('interactive'), ...features }, chat: { ...allChat, ...chat } }));
    expect(pick(config.configOverwrite)).toEqual(expected);
  });

  it('recording on: hosts get the button', () => {
    const config = jitsiMeetingConfig(input({ role: 'host', features: { ...defaultFeaturesFor('interactive'), recording: true } }));
    expect(config.configOverwrite.toolbarButtons).toContain('recording');
  });

  it.each<[string, number, number, number]>([
    ['interactive, 25 cameras', 25, 25, 4],
    ['interactive raised to 50', 50, 50, 4],
    ['panel, 10 on stage', 10, 10, 4],
    ['a template of 3 cameras', 3, 3, 3],
  ])('%s: video forwarding from the camera-on cap', (_label, cameraOnCap, lastN, fullResolution) => {
    const config = jitsiMeetingConfig(input({ features: { ...defaultFeaturesFor('interactive'), cameraOnCap } }));
    expect(config.configOverwrite).toMatchObject({ channelLastN: lastN, maxFullResolutionParticipants: fullResolution });
  });
});

describe('joinsViewOnly', () => {
  it.each<[string, 'interactive' | 'panel', boolean, boolean]>([
    ['panel, off stage', 'panel', false, true],
    ['panel, on stage', 'panel', true, false],
    ['interactive: everyone is on stage', 'interactive', false, false],
  ])('%s', (_label, mode, onStage, expected) => expect(joinsViewOnly({ mode, onStage })).toBe(expected));
});

describe('jitsiTokenFeatures', () => {
  it.each<[string, boolean, 'host' | 'participant', boolean]>([
    ['recording on, host', true, 'host', true],
    ['recording on, participant', true, 'participant', false],
    ['recording off, host', false, 'host', false],
  ])('%s', (_label, recording, role, expected) => {
    expect(jitsiTokenFeatures({ recording }, role)).toEqual({ recording: expected, livestreaming: false, transcription: false, 'outbound-call': false, 'sip-outbound-call': false });
  });
});
