import { ModeLimits, RoomFeatures, RoomMode } from '../rooms/room-mode';

/**
 * Seats beyond every cap that only hosts and moderators may take. A room full of students
 * must never lock out its own teacher, yet the overflow stays bounded so a long list of
 * moderators cannot push a Jitsi deployment far past what the licence was sized for. Ten
 * matches the SPEC's "hosts and moderators (up to 10)" on a panel stage.
 */
export const HOST_OVERFLOW_SEATS = 10;

/** A session's caps come from the template snapshot it took at start (SPEC "Custom templates"). */
export function sessionLimits(features: Pick<RoomFeatures, 'cameraOnCap' | 'totalCap'>): ModeLimits {
  return { cameraOn: features.cameraOnCap, total: features.totalCap };
}

export type AdmissionDecision = { kind: 'admit' } | { kind: 'full'; cap: number };

/** Who is in the session now (present by heartbeat, admitted, not left). */
export interface Occupancy {
  /** Everyone who is not a host or moderator: the people the cap is about. */
  participantCount: number;
  /** Hosts included. */
  everyoneCount: number;
}

export interface AdmissionRequest {
  /** From limitsFor(mode, account caps) or sessionLimits(template snapshot). */
  limits: Pick<ModeLimits, 'total'>;
  occupancy: Occupancy;
  isHost: boolean;
}

/**
 * Whether one more person fits (SPEC "Capacity"). Participants fill the room up to its
 * total and never lose a seat to a host: a class of 100 in a room of 100 is whole however
 * many teachers join. Hosts and moderators come in while everyone together stays under the
 * total plus the overflow seats, so a full room still takes its teachers. The server asks
 * this inside the same transaction that counts and inserts, so two processes cannot both
 * take the last seat.
 */
export function admissionDecision({ limits, occupancy, isHost }: AdmissionRequest): AdmissionDecision {
  const fits = isHost ? occupancy.everyoneCount < limits.total + HOST_OVERFLOW_SEATS : occupancy.participantCount < limits.total;
  return fits ? { kind: 'admit' } : { kind: 'full', cap: limits.total };
}

/**
 * Releasing a waiting room when the session goes live: first come, first in, until the
 * participants' seats are taken; the rest see "room is full". Only participants wait (hosts
 * never do), so only the participants already inside count.
 */
export function admitFromWaitingRoom<T>(waitingInArrivalOrder: readonly T[], participantCount: number, limits: Pick<ModeLimits, 'total'>): { admitted: T[]; full: T[] } {
  const free = Math.max(0, limits.total - participantCount);
  return { admitted: waitingInArrivalOrder.slice(0, free), full: waitingInArrivalOrder.slice(free) };
}

export type CameraSlotDecision =
  | { kind: 'granted' }
  /** CAMERA_CAP_REACHED: the person may still speak and watch (SPEC "Interactive mode"). NOT_ON_STAGE: panel viewers have no camera. */
  | { kind: 'refused'; reason: 'CAMERA_CAP_REACHED' | 'NOT_ON_STAGE'; cap: number };

export interface CameraSlotRequest {
  mode: RoomMode;
  /** Interactive: cameras on. Panel: stage seats. */
  limits: Pick<ModeLimits, 'cameraOn'>;
  /** Slots held now by others and by the asker. */
  camerasOnCount: number;
  /** Asking again (a second tab, a reconnect) keeps the slot rather than taking another. */
  holdsSlot: boolean;
  isHost: boolean;
  /** Panel only: seats are handed out by the stage rules, not here. */
  onStage: boolean;
}

/**
 * May this person turn their camera on? In interactive rooms a camera slot is taken when
 * the camera turns on and given back when it turns off; in panel rooms the stage seat is the
 * slot, so the answer is simply whether the person is on stage.
 */
export function cameraSlotDecision({ mode, limits, camerasOnCount, holdsSlot, isHost, onStage }: CameraSlotRequest): CameraSlotDecision {
  if (mode === 'panel') return onStage ? { kind: 'granted' } : { kind: 'refused', reason: 'NOT_ON_STAGE', cap: limits.cameraOn };
  if (holdsSlot) return { kind: 'granted' };
  const ceiling = limits.cameraOn + (isHost ? HOST_OVERFLOW_SEATS : 0);
  return camerasOnCount < ceiling ? { kind: 'granted' } : { kind: 'refused', reason: 'CAMERA_CAP_REACHED', cap: limits.cameraOn };
}
