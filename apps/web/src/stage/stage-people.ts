import type { StageParticipantBody } from '@lti-rooms/contracts';
import type { StagePosition } from '@lti-rooms/domain';
import { t } from '../i18n/translate';
import type { StageView } from './stage-state';

/** Longest-standing first (requests are answered in the order they came), then by name. */
function byArrival(a: StageParticipantBody, b: StageParticipantBody): number {
  return a.since.localeCompare(b.since) || a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId);
}

export function peopleIn(stage: StageView, ...positions: StagePosition[]): StageParticipantBody[] {
  return Object.values(stage.participants)
    .filter((p) => positions.includes(p.position))
    .sort(byArrival);
}

/** Stage seats taken; hosts on stage count like everyone else. */
export function seatsTaken(stage: StageView): number {
  return peopleIn(stage, 'on-stage').length;
}

export function stageHasRoom(stage: StageView): boolean {
  return seatsTaken(stage) < stage.cap;
}

/** How a host or moderator is marked in the lists: "Moderator" when a host made them one for this session. */
export function stageBadge(person: StageParticipantBody): string | null {
  if (person.role !== 'host') return null;
  return person.promoted ? t('stage.person.moderator') : t('stage.person.host');
}

export interface ParticipantsPanelLists {
  onStage: StageParticipantBody[];
  requests: StageParticipantBody[];
  /** Viewers and those with a pending invitation (still viewers until they accept), filtered by the search. */
  viewers: StageParticipantBody[];
  /** Viewers before the search filtered them: "No viewers match" differs from "No viewers yet". */
  viewerCount: number;
}

/** The hosts' participants panel (SPEC "Panel mode"): on stage, requests, and the searchable audience. */
export function participantsPanelLists(stage: StageView, search: string): ParticipantsPanelLists {
  const audience = peopleIn(stage, 'viewer', 'invited');
  const needle = search.trim().toLocaleLowerCase();
  return {
    onStage: peopleIn(stage, 'on-stage'),
    requests: peopleIn(stage, 'requested'),
    viewers: needle ? audience.filter((p) => p.name.toLocaleLowerCase().includes(needle)) : audience,
    viewerCount: audience.length,
  };
}
