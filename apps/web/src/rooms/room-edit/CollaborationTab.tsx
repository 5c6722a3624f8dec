import type { MeResponse, RoomBody } from '@lti-rooms/contracts';
import { useState } from 'react';
import { removeCollaborator, useCollaborators, type CollaboratorList, type CollaboratorRole } from '../rooms-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ResourceView } from '../../components/ResourceView';
import { Button, StatusMessage, VisuallyHidden } from '../../ui';
import { AddCollaboratorForm } from './AddCollaboratorForm';
import { t, tRich } from '../../i18n';
import { COLLABORATOR_ROLES, removeButtonText, roleChangeText, roleText } from './collaborator-roles';

/** Who works on the room with its owner; the owner adds and removes them from the course roster. */
export function CollaborationTab({ me, room }: { me: MeResponse; room: RoomBody }) {
  const collaborators = useCollaborators(room.id);
  return (
    <>
      <h2>{t('roomForms.edit.tab.collaboration')}</h2>
      <p>
        {tRich('roomForms.collaboration.owner', {
          strong: (chunks) => <strong>{chunks}</strong>,
          owner: <span data-testid="room-owner">{room.owner.name}</span>,
        })}
      </p>
      <ResourceView resource={collaborators} loadingLabel={t('roomForms.collaboration.loading')} errorTitle={t('roomForms.collaboration.loadError')}>
        {(list) => <CollaboratorEditor me={me} room={room} initial={list} />}
      </ResourceView>
    </>
  );
}

function CollaboratorEditor({ me, room, initial }: { me: MeResponse; room: RoomBody; initial: CollaboratorList }) {
  const [list, setList] = useState(initial.collaborators);
  const [message, setMessage] = useState('');
  const canManage = room.permissions.manageCollaborators;
  const remove = useAsyncAction((userId: string, role: CollaboratorRole) => removeCollaborator(room.id, userId, role));

  async function onRemove(userId: string, name: string, role: CollaboratorRole) {
    const result = await remove.run(userId, role);
    if (!result) return;
    setList(result.collaborators);
    setMessage(roleChangeText(role, 'removed', name));
  }

  return (
    <>
      {!canManage && <p className="muted">{t('roomForms.collaboration.ownerOnly')}</p>}
      <StatusMessage message={message} />
      {remove.error && <ApiErrorAlert error={remove.error} title={t('roomForms.collaboration.removeError')} />}
      {COLLABORATOR_ROLES.map((role) => {
        const people = list.filter((entry) => entry.role === role);
        return (
          <section key={role} aria-labelledby={`collab-${role}`} className="collab-group">
            <h3 id={`collab-${role}`}>{roleText(role, 'plural')}</h3>
            <p className="small muted">{roleText(role, 'explanation')}</p>
            {people.length === 0 ? (
              <p className="muted">{t('roomForms.collaboration.none')}</p>
            ) : (
              <ul className="plain-list" data-testid={`collaborators-${role}`}>
                {people.map((person) => (
                  <li key={`${person.userId}-${role}`} className="plain-list-item">
                    <span>{person.name}</span>
                    {canManage && (
                      <Button variant="secondary" disabled={remove.pending} onClick={() => onRemove(person.userId, person.name, role)}>
                        {removeButtonText(role, person.name, (chunks) => <VisuallyHidden>{chunks}</VisuallyHidden>)}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {canManage && (
        <AddCollaboratorForm
          me={me}
          roomId={room.id}
          ownerId={room.owner.id}
          onAdded={(collaborators, text) => {
            setList(collaborators);
            setMessage(text);
          }}
        />
      )}
    </>
  );
}
