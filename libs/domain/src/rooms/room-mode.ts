import { DEFAULT_ROOM_CAPS, RoomCaps } from './room-caps';

export const ROOM_MODES = ['interactive', 'panel'] as const;
export type RoomMode = (typeof ROOM_MODES)[number];

/** SPEC "Panel mode": invite only, join by request, everyone on stage. */
export const STAGE_ACCESS_MODES = ['invite', 'request', 'everyone'] as const;
export type StageAccessMode = (typeof STAGE_ACCESS_MODES)[number];

/** The switches a custom template sets; a session snapshots them when it starts. */
export interface RoomFeatures {
  chat: boolean;
  privateChat: boolean;
  screenSharing: boolean;
  raiseHand: boolean;
  reactions: boolean;
  polls: boolean;
  breakoutRooms: boolean;
  recording: boolean;
  lobby: boolean;
  stageAccessDefault: StageAccessMode;
  /** Interactive: how many may have their camera on. Panel: how many seats the stage has. */
  cameraOnCap: number;
  totalCap: number;
}

export interface RoomTemplate {
  id: string;
  name: string;
  baseMode: RoomMode;
  features: RoomFeatures;
  /** Set when an administrator retires the template: no new room may choose it, existing rooms keep it. */
  retiredAt: Date | null;
}

/** What a room's form stores: a base mode, or one of the account's templates. */
export type RoomModeChoice = { kind: 'mode'; mode: RoomMode } | { kind: 'template'; templateId: string };

export interface ModeLimits {
  /** Interactive: cameras on. Panel: stage seats. */
  cameraOn: number;
  total: number;
}

export function limitsFor(mode: RoomMode, caps: RoomCaps): ModeLimits {
  return mode === 'interactive'
    ? { cameraOn: caps.interactiveCameraOn, total: caps.interactiveTotal }
    : { cameraOn: caps.panelStage, total: caps.panelTotal };
}

/**
 * A base mode's features under the account's caps. Recording is off because it needs a
 * recorder (Jibri) many deployments lack and participants' consent; the lobby is off
 * because the tool's own waiting room already holds people until a host arrives.
 */
export function defaultFeaturesFor(mode: RoomMode, caps: RoomCaps = DEFAULT_ROOM_CAPS): RoomFeatures {
  const { cameraOn, total } = limitsFor(mode, caps);
  const shared = { chat: true, screenSharing: true, raiseHand: true, reactions: true, polls: true, recording: false, lobby: false };
  if (mode === 'interactive') {
    return { ...shared, privateChat: true, breakoutRooms: true, stageAccessDefault: 'everyone', cameraOnCap: cameraOn, totalCap: total };
  }
  // A webinar audience of hundreds: private messages between viewers and breakout rooms
  // are more distraction than help, so a template must turn them on deliberately.
  return { ...shared, privateChat: false, breakoutRooms: false, stageAccessDefault: 'invite', cameraOnCap: cameraOn, totalCap: total };
}
