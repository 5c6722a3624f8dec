import type { RoomBody } from '@lti-rooms/contracts';
import { useState } from 'react';
import { setPublished, usePublishing, type PublishableChannels } from '../rooms-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { ResourceView } from '../../components/ResourceView';
import { StatusMessage } from '../../ui';

/** The courses the user manages, each a checkbox: checked means the room appears there. */
export function PublishingTab({ room }: { room: RoomBody }) {
  const publishing = usePublishing(room.id);
  return (
    <>
      <h2>Publishing</h2>
      <p>Choose the courses this room appears in. You can publish to courses where you are an instructor.</p>
      <ResourceView resource={publishing} loadingLabel="Loading your courses…" errorTitle="Your courses could not be loaded">
        {(data) => <ChannelChecklist roomId={room.id} initial={data} />}
      </ResourceView>
    </>
  );
}

function ChannelChecklist({ roomId, initial }: { roomId: string; initial: PublishableChannels }) {
  const [channels, setChannels] = useState(initial.channels);
  const [message, setMessage] = useState('');
  const toggle = useAsyncAction((channelId: string, published: boolean) => setPublished(roomId, channelId, published));

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
    setMessage(published ? `Published to ${title}.` : `Removed from ${title}.`);
  }

  if (channels.length === 0) return <p className="muted">There are no courses you can publish this room to.</p>;

  return (
    <>
      <StatusMessage message={message} />
      {toggle.error && <ApiErrorAlert error={toggle.error} title="The publishing could not be changed" />}
      <fieldset className="field">
        <legend className="field-label">Published in</legend>
        {channels.map((channel) => (
          <div className="switch-row" key={channel.id}>
            <input
              type="checkbox"
              id={`publish-${channel.id}`}
              checked={channel.published}
              aria-disabled={toggle.pending || undefined}
              onChange={(event) => onChange(channel.id, channel.title, event.target.checked)}
            />
            <label htmlFor={`publish-${channel.id}`}>{channel.title}</label>
          </div>
        ))}
      </fieldset>
    </>
  );
}
