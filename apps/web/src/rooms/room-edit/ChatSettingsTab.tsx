import type { ChatSettings, RoomBody } from '@lti-rooms/contracts';
import { useState, type FormEvent } from 'react';
import { updateChatSettings } from '../rooms-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { t, type MessageId } from '../../i18n';
import { Button, StatusMessage } from '../../ui';

const SWITCHES: readonly { key: keyof ChatSettings; label: MessageId; hint: MessageId }[] = [
  { key: 'groupChat', label: 'roomForms.chat.groupChat.label', hint: 'roomForms.chat.groupChat.hint' },
  { key: 'privateChat', label: 'roomForms.chat.privateChat.label', hint: 'roomForms.chat.privateChat.hint' },
  { key: 'polls', label: 'roomForms.chat.polls.label', hint: 'roomForms.chat.polls.hint' },
  { key: 'reactions', label: 'roomForms.chat.reactions.label', hint: 'roomForms.chat.reactions.hint' },
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
    setMessage(t('roomForms.chat.saved'));
  }

  return (
    <>
      <h2>{t('roomForms.edit.tab.chat')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <StatusMessage message={message} />
        {save.error && <ApiErrorAlert error={save.error} title={t('roomForms.chat.saveError')} />}
        <fieldset className="field">
          <legend className="field-label">{t('roomForms.chat.legend')}</legend>
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
                <label htmlFor={`chat-${key}`}>{t(label)}</label>
                <span id={`chat-${key}-hint`} className="small muted">
                  {allowed ? t(hint) : offBy(room)}
                </span>
              </div>
            );
          })}
        </fieldset>
        <div className="form-actions">
          <Button type="submit" aria-disabled={save.pending || undefined}>
            {t('roomForms.form.save')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** Why a switch cannot be turned on here: the room's template, or its mode, has it off. */
function offBy(room: RoomBody): string {
  return room.templateName === null
    ? t('roomForms.chat.offByMode', { mode: room.mode })
    : t('roomForms.chat.offByTemplate', { template: room.templateName });
}
