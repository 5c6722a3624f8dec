import type { MeResponse, RoomBody } from '@lti-rooms/contracts';
import { useState } from 'react';
import { removeCollaborator, useCollaborators, type CollaboratorList, type CollaboratorRole } from '../rooms-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ResourceView } from '../../components/ResourceView';
import { Button, StatusMessage, VisuallyHidden } from '../../ui';
import { AddCollaboratorForm } from './AddCollaboratorForm';
import { COLLABORATOR_ROLES } from './collaborator-roles';

/** Who works on the room with its owner; the owner adds and removes them from the course roster. */
export function CollaborationTab({ me, room }: { me: MeResponse; room: RoomBody }) {
  const collaborators = useCollaborators(room.id);
  return (
    <>
      <h2>Collaboration</h2>
      <p>
        <strong>Owner:</strong> <span data-testid="room-owner">{room.owner.name}</span>
      </p>
      <ResourceView resource={collaborators} loadingLabel="Loading collaborators…" errorTitle="The collaborators could not be loaded">
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

  async function onRemove(userId: string, name: string, role: CollaboratorRole, label: string) {
    const result = await remove.run(userId, role);
    if (!result) return;
    setList(result.collaborators);
    setMessage(`${name} is no longer ${label.toLowerCase()}.`);
  }

  return (
    <>
      {!canManage && <p className="muted">Only the room's owner can add or remove collaborators.</p>}
      <StatusMessage message={message} />
      {remove.error && <ApiErrorAlert error={remove.error} title="The collaborator could not be removed" />}
      {COLLABORATOR_ROLES.map(({ role, label, plural, explanation }) => {
        const people = list.filter((entry) => entry.role === role);
        return (
          <section key={role} aria-labelledby={`collab-${role}`} className="collab-group">
            <h3 id={`collab-${role}`}>{plural}</h3>
            <p className="small muted">{explanation}</p>
            {people.length === 0 ? (
              <p className="muted">None yet.</p>
            ) : (
              <ul className="plain-list" data-testid={`collaborators-${role}`}>
                {people.map((person) => (
                  <li key={`${person.userId}-${role}`} className="plain-list-item">
                    <span>{person.name}</span>
                    {canManage && (
                      <Button variant="secondary" disabled={remove.pending} onClick={() => onRemove(person.userId, person.name, role, label)}>
                        Remove<VisuallyHidden> {person.name} as {label.toLowerCase()}</VisuallyHidden>
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
