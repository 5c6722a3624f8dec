import type { MeResponse } from '@lti-rooms/contracts';
import { useState, type FormEvent } from 'react';
import { addCollaborator, useRoster, type CollaboratorList, type CollaboratorRole, type Roster } from '../rooms-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ResourceView } from '../../components/ResourceView';
import { Button, Field } from '../../ui';
import { t } from '../../i18n';
import { COLLABORATOR_ROLES, isCollaboratorRole, roleChangeText, roleText } from './collaborator-roles';

interface AddCollaboratorFormProps {
  me: MeResponse;
  roomId: string;
  /** The room's owner: never offered, since the owner holds every right already. */
  ownerId: string;
  onAdded: (collaborators: CollaboratorList['collaborators'], message: string) => void;
}

/** Add: pick a member of the course roster (Names and Role Provisioning) and a role. */
export function AddCollaboratorForm({ me, roomId, ownerId, onAdded }: AddCollaboratorFormProps) {
  return (
    <section aria-labelledby="add-collaborator-heading" className="collab-group">
      <h3 id="add-collaborator-heading">{t('roomForms.addCollaborator.heading')}</h3>
      {me.channel ? (
        <RosterLoader channelId={me.channel.id} roomId={roomId} ownerId={ownerId} onAdded={onAdded} />
      ) : (
        <p className="muted">{t('roomForms.addCollaborator.noCourse')}</p>
      )}
    </section>
  );
}

function RosterLoader({ channelId, roomId, ownerId, onAdded }: { channelId: string; roomId: string; ownerId: string; onAdded: AddCollaboratorFormProps['onAdded'] }) {
  const roster = useRoster(channelId);
  return (
    <ResourceView resource={roster} loadingLabel={t('roomForms.addCollaborator.loading')} errorTitle={t('roomForms.addCollaborator.loadError')}>
      {(data) => <PickerForm roster={data} roomId={roomId} ownerId={ownerId} onAdded={onAdded} />}
    </ResourceView>
  );
}

function PickerForm({ roster, roomId, ownerId, onAdded }: { roster: Roster; roomId: string; ownerId: string; onAdded: AddCollaboratorFormProps['onAdded'] }) {
  const [ltiSub, setLtiSub] = useState('');
  const [role, setRole] = useState<CollaboratorRole>('co-editor');
  const [memberError, setMemberError] = useState<string | undefined>(undefined);
  const add = useAsyncAction((sub: string, chosen: CollaboratorRole) => addCollaborator(roomId, sub, chosen));
  const members = roster.members.filter((member) => member.userId !== ownerId).sort((a, b) => a.name.localeCompare(b.name));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const member = members.find((entry) => entry.ltiSub === ltiSub);
    if (!member) {
      setMemberError(t('roomForms.addCollaborator.memberRequired'));
      // Focus reads the error out: it is tied to the select with aria-describedby.
      document.getElementById('collaborator-member')?.focus();
      return;
    }
    setMemberError(undefined);
    const result = await add.run(member.ltiSub, role);
    if (!result) return;
    onAdded(result.collaborators, roleChangeText(role, 'added', member.name));
    setLtiSub('');
  }

  if (members.length === 0) return <p className="muted">{t('roomForms.addCollaborator.noMembers')}</p>;

  return (
    <form noValidate onSubmit={onSubmit} className="inline-form">
      {add.error && <ApiErrorAlert error={add.error} title={t('roomForms.addCollaborator.addError')} />}
      <Field id="collaborator-member" label={t('roomForms.addCollaborator.memberLabel')} required error={memberError}>
        {(control) => (
          <select {...control} value={ltiSub} onChange={(event) => setLtiSub(event.target.value)}>
            <option value="">{t('roomForms.addCollaborator.memberPlaceholder')}</option>
            {members.map((member) => (
              <option key={member.ltiSub} value={member.ltiSub}>
                {member.email ? t('roomForms.addCollaborator.memberWithEmail', { name: member.name, email: member.email }) : member.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="collaborator-role" label={t('roomForms.addCollaborator.roleLabel')}>
        {(control) => (
          <select {...control} value={role} onChange={(event) => isCollaboratorRole(event.target.value) && setRole(event.target.value)}>
            {COLLABORATOR_ROLES.map((entry) => (
              <option key={entry} value={entry}>
                {roleText(entry, 'label')}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-actions">
        <Button type="submit" disabled={add.pending}>
          {t('roomForms.addCollaborator.add')}
        </Button>
      </div>
    </form>
  );
}
