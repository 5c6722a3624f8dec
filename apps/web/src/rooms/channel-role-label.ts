import type { ChannelRole } from '@lti-rooms/domain';
import type { MessageId } from '../i18n/catalogs/translation';
import { t } from '../i18n/translate';

const LABELS: Record<ChannelRole, MessageId> = {
  manager: 'rooms.channelRole.manager',
  moderator: 'rooms.channelRole.moderator',
  participant: 'rooms.channelRole.participant',
};

/** The words a person sees for a channel role; a Record so a new role cannot go unlabelled. */
export function channelRoleLabel(role: ChannelRole): string {
  return t(LABELS[role]);
}
