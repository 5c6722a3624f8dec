import type { RoomBody } from '@lti-rooms/contracts';
import { useState } from 'react';
import { setPublished, usePublishing, type PublishableChannels } from '../rooms-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ResourceView } from '../../components/ResourceView';
import { t } from '../../i18n';
import { ConfirmDialog, StatusMessage } from '../../ui';

/** The courses the user manages, each a checkbox: checked means the room appears there. */
export function PublishingTab({ room }: { room: RoomBody }) {
  const publishing = usePublishing(room.id);
  return (
    <>
      <h2>{t('roomForms.edit.tab.publishing')}</h2>
      <p>{t('roomForms.publishing.intro')}</p>
      <ResourceView resource={publishing} loadingLabel={t('roomForms.publishing.loading')} errorTitle={t('roomForms.publishing.loadError')}>
        {(data) => <ChannelChecklist roomId={room.id} initial={data} />}
      </ResourceView>
    </>
  );
}

export function ChannelChecklist({ roomId, initial }: { roomId: string; initial: PublishableChannels }) {
  const [channels, setChannels] = useState(initial.channels);
  const [message, setMessage] = useState('');
  // Removing a room from a course is asked first; publishing is not (it takes nothing away).
  const [removal, setRemoval] = useState<{ id: string; title: string } | null>(null);
  const publishedCount = channels.filter((channel) => channel.published).length;
  const toggle = useAsyncAction((channelId: string, published: boolean) => setPublished(roomId, channelId, published));

  function onToggle(channelId: string, title: string, published: boolean) {
    if (toggle.pending) return;
    if (published) void onChange(channelId, title, true);
    else setRemoval({ id: channelId, title });
  }

  async function onChange(channelId: string, title: string, published: boolean) {
    // Not `disabled` while saving: that would throw keyboard focus out of the list.
    if (toggle.pending) return;
    setMessage('');
    // Optimistic: the box shows the new state at once and flips back if the server refuses.
    const before = channels;
    setChannels(channels.map((channel) => (channel.id === channelId ? { ...channel, published } : channel)));
    const result = await toggle.run(channelId, published);
    if (!result) {
      setChannels(before);
      return;
    }
    setChannels(result.channels);
    setMessage(t(published ? 'roomForms.publishing.published' : 'roomForms.publishing.removed', { course: title }));
  }

  if (channels.length === 0) return <p className="muted">{t('roomForms.publishing.noCourses')}</p>;

  return (
    <>
      <StatusMessage message={message} />
      {toggle.error && <ApiErrorAlert error={toggle.error} title={t('roomForms.publishing.changeError')} />}
      <fieldset className="field">
        <legend className="field-label">{t('roomForms.publishing.legend')}</legend>
        {channels.map((channel) => (
          <div className="switch-row" key={channel.id}>
            <input
              type="checkbox"
              id={`publish-${channel.id}`}
              checked={channel.published}
              aria-disabled={toggle.pending || undefined}
              onChange={(event) => onToggle(channel.id, channel.title, event.target.checked)}
            />
            <label htmlFor={`publish-${channel.id}`}>{channel.title}</label>
          </div>
        ))}
      </fieldset>
      {removal && (
        <ConfirmDialog
          title={t('roomForms.publishing.removeTitle', { course: removal.title })}
          confirmLabel={t('roomForms.publishing.removeConfirm')}
          danger
          onConfirm={() => {
            const { id, title } = removal;
            setRemoval(null);
            void onChange(id, title, false);
          }}
          onCancel={() => setRemoval(null)}
        >
          <p>{t('roomForms.publishing.removeText', { course: removal.title })}</p>
          {publishedCount === 1 && <p data-testid="last-course-warning">{t('roomForms.publishing.lastCourse')}</p>}
        </ConfirmDialog>
      )}
    </>
  );
}
