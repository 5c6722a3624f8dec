import type { ChannelRole } from '@lti-rooms/domain';

const LABELS: Record<ChannelRole, string> = {
  manager: 'Manager',
  moderator: 'Moderator',
  participant: 'Participant',
};

/** The words a person sees for a channel role; a Record so a new role cannot go unlabelled. */
export function channelRoleLabel(role: ChannelRole): string {
  return LABELS[role];
}
