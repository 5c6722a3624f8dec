import { RoomFeatures, RoomMode } from '../rooms/room-mode';
import { SessionRole } from './session-role';

/** The room's chat switches as a session snapshotted them (SPEC "Edit page": chat settings). */
export interface SessionChat {
  groupChat: boolean;
  privateChat: boolean;
  polls: boolean;
  reactions: boolean;
}

/**
 * The `configOverwrite` keys this tool sends. Jitsi Meet drops any key an embedding page
 * sends that is not on its own whitelist (react/features/base/config/configWhitelist.ts),
 * silently; every key here is on it, so what the page asks for is what Jitsi applies.
 * A nested key is listed with its parent, as Jitsi whitelists it.
 */
export const JITSI_OVERWRITABLE_KEYS = [
  'prejoinConfig.enabled',
  'startWithAudioMuted',
  'startWithVideoMuted',
  'toolbarButtons',
  'disablePolls',
  'disableReactions',
  'remoteVideoMenu',
  'breakoutRooms',
  'channelLastN',
  'maxFullResolutionParticipants',
  'hideLobbyButton',
  'disableDeepLinking',
  'disableInviteFunctions',
  'readOnlyName',
  'localRecording',
] as const;

/** Jitsi's toolbar buttons this tool decides about; everything else a deployment shows stays off. */
const BASE_BUTTONS = ['fullscreen', 'hangup', 'participants-pane', 'settings', 'tileview', 'videoquality', 'filmstrip', 'stats', 'shortcuts'] as const;
const MEDIA_BUTTONS = ['microphone', 'camera', 'select-background', 'toggle-camera'] as const;

/**
 * In tile view, past this many tiles each one is received in standard definition. Four HD
 * tiles already fill a laptop screen; a panel of ten or a workshop of 25 cameras in HD
 * would cost every viewer bandwidth with no visible gain.
 */
export const FULL_RESOLUTION_TILES = 4;

export interface JitsiConfigInput {
  mode: RoomMode;
  features: RoomFeatures;
  chat: SessionChat;
  role: SessionRole;
  /** Panel rooms: whether the person is on stage (hosts on stage by role). Interactive: everyone is. */
  onStage: boolean;
}

export interface JitsiMeetingConfig {
  configOverwrite: Record<string, unknown>;
  /** True when the person joins watching and listening only (a panel viewer). */
  viewOnly: boolean;
}

/** Whether the person joins as a viewer: panel rooms, off stage. */
export function joinsViewOnly({ mode, onStage }: Pick<JitsiConfigInput, 'mode' | 'onStage'>): boolean {
  return mode === 'panel' && !onStage;
}

function toolbarButtons({ features, chat, role }: JitsiConfigInput, viewOnly: boolean): string[] {
  const buttons: string[] = [...BASE_BUTTONS];
  if (!viewOnly) buttons.push(...MEDIA_BUTTONS);
  if (!viewOnly && features.screenSharing) buttons.push('desktop');
  if (features.chat && chat.groupChat) buttons.push('chat');
  if (features.raiseHand) buttons.push('raisehand');
  if (features.reactions && chat.reactions) buttons.push('reactions');
  // Recording is started by the people who run the meeting, never by the audience.
  if (features.recording && role === 'host') buttons.push('recording');
  return buttons;
}

/**
 * What the embedded Jitsi is told for one person in one session (SPEC "Video: Jitsi"):
 * the device check before joining; viewers muted with their media buttons removed; chat,
 * private chat, polls, reactions, raise hand and screen sharing per the template and the
 * room's chat settings; video forwarding bounded by the camera-on cap. The UI is not the
 * security boundary: moderator rights come from the JWT and viewers' media is held by
 * Jitsi's audio/video moderation.
 */
export function jitsiMeetingConfig(input: JitsiConfigInput): JitsiMeetingConfig {
  const { features, chat } = input;
  const viewOnly = joinsViewOnly(input);
  const configOverwrite: Record<string, unknown> = {
    prejoinConfig: { enabled: true },
    startWithAudioMuted: viewOnly,
    startWithVideoMuted: viewOnly,
    toolbarButtons: toolbarButtons(input, viewOnly),
    disablePolls: !(features.polls && chat.polls),
    disableReactions: !(features.reactions && chat.reactions),
    remoteVideoMenu: { disablePrivateChat: !(features.chat && features.privateChat && chat.privateChat) },
    breakoutRooms: { hideAddRoomButton: !features.breakoutRooms, hideAutoAssignButton: !features.breakoutRooms },
    // Nobody's video beyond the cap is forwarded: the bridge's load stays what the licence sized.
    channelLastN: features.cameraOnCap,
    maxFullResolutionParticipants: Math.min(features.cameraOnCap, FULL_RESOLUTION_TILES),
    // The tool's waiting room is the lobby; Jitsi's own would hold admitted people a second time.
    hideLobbyButton: !features.lobby,
    // Inside an LMS frame: no "open in the app" page, no invite links that bypass the course.
    disableDeepLinking: true,
    disableInviteFunctions: true,
    // The name comes from the LMS, so attendance and the participants list match the course.
    readOnlyName: true,
    localRecording: { disable: !features.recording },
  };
  return { configOverwrite, viewOnly };
}

/** The `context.features` of the Jitsi JWT: what the deployment (JaaS in particular) unlocks for this session. */
export function jitsiTokenFeatures(features: Pick<RoomFeatures, 'recording'>, role: SessionRole): Record<string, boolean> {
  const runsMeeting = role === 'host';
  return {
    recording: features.recording && runsMeeting,
    livestreaming: false,
    transcription: false,
    'outbound-call': false,
    'sip-outbound-call': false,
  };
}
