/** What a user may do in one channel (LMS course), derived from their LTI roles. */
export const CHANNEL_ROLES = ['manager', 'moderator', 'participant'] as const;
export type ChannelRole = (typeof CHANNEL_ROLES)[number];

const RANK: Record<ChannelRole, number> = { participant: 0, moderator: 1, manager: 2 };

export function higherChannelRole(a: ChannelRole, b: ChannelRole): ChannelRole {
  return RANK[a] >= RANK[b] ? a : b;
}
