import type { ChatSettings, RoomBody } from '@lti-rooms/contracts';
import { useState, type FormEvent } from 'react';
import { updateChatSettings } from '../rooms-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { roomModeLabel } from '../../text/mode-text';
import { Button, StatusMessage } from '../../ui';

const SWITCHES: readonly { key: keyof ChatSettings; label: string; hint: string }[] = [
  { key: 'groupChat', label: 'Group chat', hint: 'Everyone in the meeting can write to everyone.' },
  { key: 'privateChat', label: 'Private chat', hint: 'Participants can write to one person.' },
  { key: 'polls', label: 'Polls', hint: 'Hosts can ask questions with answers to choose from.' },
  { key: 'reactions', label: 'Reactions', hint: 'Participants can send emoji reactions.' },
];

/** The meeting's chat features, switched on or off; applies to meetings started from now on. */
export function ChatSettingsTab({ room, onSaved }: { room: RoomBody; onSaved: (room: RoomBody) => void }) {
  const [settings, setSettings] = useState<ChatSettings>(room.chat);
  const [message, setMessage] = useState('');
  const save = useAsyncAction((chat: ChatSettings) => updateChatSettings(room.id, chat));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.pending) return;
    setMessage('');
    const updated = await save.run(settings);
    if (!updated) return;
    onSaved(updated);
    setSettings(updated.chat);
    setMessage('Chat settings saved.');
  }

  return (
    <>
      <h2>Chat settings</h2>
      <form onSubmit={onSubmit} noValidate>
        <StatusMessage message={message} />
        {save.error && <ApiErrorAlert error={save.error} title="The chat settings could not be saved" />}
        <fieldset className="field">
          <legend className="field-label">Features in this room's meetings</legend>
          {SWITCHES.map(({ key, label, hint }) => {
            // The mode or template is the boundary: what it turns off is off in every meeting, so shown off and fixed.
            const allowed = room.chatAllowed[key];
            return (
              <div className="switch-row" key={key}>
                <input
                  type="checkbox"
                  role="switch"
                  id={`chat-${key}`}
                  className="switch"
                  checked={allowed && settings[key]}
                  disabled={!allowed}
                  aria-describedby={`chat-${key}-hint`}
                  onChange={(event) => setSettings({ ...settings, [key]: event.target.checked })}
                />
                <label htmlFor={`chat-${key}`}>{label}</label>
                <span id={`chat-${key}-hint`} className="small muted">
                  {allowed ? hint : offBy(room)}
                </span>
              </div>
            );
          })}
        </fieldset>
        <div className="form-actions">
          <Button type="submit" aria-disabled={save.pending || undefined}>
            Save
          </Button>
        </div>
      </form>
    </>
  );
}

/** Why a switch cannot be turned on here: the room's template, or its mode, has it off. */
function offBy(room: RoomBody): string {
  return room.templateName === null
    ? `Off in every ${roomModeLabel(room)}: the mode does not offer it.`
    : `Turned off by the template "${room.templateName}": an administrator can change the template.`;
}
