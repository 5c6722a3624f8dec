import type { CollaboratorRole } from '../rooms-api';

export const COLLABORATOR_ROLES: readonly { role: CollaboratorRole; label: string; plural: string; explanation: string }[] = [
  { role: 'co-editor', label: 'Co-editor', plural: 'Co-editors', explanation: 'May edit the room and start meetings.' },
  { role: 'co-publisher', label: 'Co-publisher', plural: 'Co-publishers', explanation: 'May publish the room to courses they manage.' },
  { role: 'room-moderator', label: 'Room moderator', plural: 'Room moderators', explanation: 'May start, run and end meetings; never waits.' },
];

export function isCollaboratorRole(value: string): value is CollaboratorRole {
  return COLLABORATOR_ROLES.some((entry) => entry.role === value);
}
