import type { ReactNode } from 'react';
import { t, tRich, type MessageId } from '../../i18n';
import type { CollaboratorRole } from '../rooms-api';

/** The roles in the order the Collaboration tab lists them. */
export const COLLABORATOR_ROLES: readonly CollaboratorRole[] = ['co-editor', 'co-publisher', 'room-moderator'];

type RoleMessage = 'label' | 'plural' | 'explanation' | 'added' | 'removed' | 'remove';

// One message per role and sentence: a role's name is never spliced into a sentence.
const ROLE_MESSAGE_IDS: Record<CollaboratorRole, Record<RoleMessage, MessageId>> = {
  'co-editor': {
    label: 'roomForms.role.coEditor.label',
    plural: 'roomForms.role.coEditor.plural',
    explanation: 'roomForms.role.coEditor.explanation',
    added: 'roomForms.role.coEditor.added',
    removed: 'roomForms.role.coEditor.removed',
    remove: 'roomForms.role.coEditor.remove',
  },
  'co-publisher': {
    label: 'roomForms.role.coPublisher.label',
    plural: 'roomForms.role.coPublisher.plural',
    explanation: 'roomForms.role.coPublisher.explanation',
    added: 'roomForms.role.coPublisher.added',
    removed: 'roomForms.role.coPublisher.removed',
    remove: 'roomForms.role.coPublisher.remove',
  },
  'room-moderator': {
    label: 'roomForms.role.roomModerator.label',
    plural: 'roomForms.role.roomModerator.plural',
    explanation: 'roomForms.role.roomModerator.explanation',
    added: 'roomForms.role.roomModerator.added',
    removed: 'roomForms.role.roomModerator.removed',
    remove: 'roomForms.role.roomModerator.remove',
  },
};

/** The role's name, its heading (plural) or what it may do, in the page's language. */
export function roleText(role: CollaboratorRole, message: 'label' | 'plural' | 'explanation'): string {
  return t(ROLE_MESSAGE_IDS[role][message]);
}

/** The status line after a person was given the role, or lost it. */
export function roleChangeText(role: CollaboratorRole, change: 'added' | 'removed', name: string): string {
  return t(ROLE_MESSAGE_IDS[role][change], { name });
}

/** A Remove button's text: "Remove" shown, the person and role for screen readers only. */
export function removeButtonText(role: CollaboratorRole, name: string, hidden: (chunks: ReactNode[]) => ReactNode): ReactNode {
  return tRich(ROLE_MESSAGE_IDS[role].remove, { name, hidden });
}

export function isCollaboratorRole(value: string): value is CollaboratorRole {
  return (COLLABORATOR_ROLES as readonly string[]).includes(value);
}
