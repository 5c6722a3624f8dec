import type { MeResponse, RoomBody } from '@lti-rooms/contracts';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { combineResources } from '../../api/combine-resources';
import { useMe } from '../../api/me';
import { useRoom } from '../rooms-api';
import { PageResourceView } from '../../components/ResourceView';
import { Alert, Page, Tabs, type TabDefinition } from '../../ui';
import { ChatSettingsTab } from './ChatSettingsTab';
import { CollaborationTab } from './CollaborationTab';
import { DeleteTab } from './DeleteTab';
import { DetailsTab } from './DetailsTab';
import { PublishingTab } from './PublishingTab';

/** Edit a room: details, collaboration, chat settings, publishing and delete, as tabs. */
export function RoomEditPage() {
  const { roomId = '' } = useParams<{ roomId: string }>();
  const data = combineResources(useMe(), useRoom(roomId));
  return (
    <PageResourceView resource={data} loadingLabel="Loading the room…" errorTitle="The room could not be loaded">
      {([me, room]) => <RoomEditView me={me} initialRoom={room} />}
    </PageResourceView>
  );
}

function RoomEditView({ me, initialRoom }: { me: MeResponse; initialRoom: RoomBody }) {
  // Every save answers with the whole room; keeping it here keeps all tabs current.
  const [room, setRoom] = useState(initialRoom);
  const [searchParams, setSearchParams] = useSearchParams();
  const entryPath = `/rooms/${encodeURIComponent(room.id)}`;
  const { edit, publish } = room.permissions;

  const tabs: TabDefinition[] = [];
  if (edit) {
    tabs.push(
      { id: 'details', label: 'Details', render: () => <DetailsTab me={me} room={room} onSaved={setRoom} /> },
      { id: 'collaboration', label: 'Collaboration', render: () => <CollaborationTab me={me} room={room} /> },
      { id: 'chat', label: 'Chat settings', render: () => <ChatSettingsTab room={room} onSaved={setRoom} /> },
    );
  }
  if (edit || publish) tabs.push({ id: 'publishing', label: 'Publishing', render: () => <PublishingTab room={room} /> });
  if (room.permissions.delete) tabs.push({ id: 'delete', label: 'Delete', render: () => <DeleteTab room={room} /> });

  const selected = searchParams.get('tab') ?? tabs[0]?.id ?? '';

  return (
    <Page title={`Edit: ${room.name}`} breadcrumb={<Link to={entryPath}>Back to the room</Link>}>
      {tabs.length === 0 ? (
        <Alert tone="warning" title="You cannot edit this room">
          <p>Only the room's owner and co-editors can change it.</p>
        </Alert>
      ) : (
        <Tabs
          label="Edit room"
          tabs={tabs}
          selectedId={selected}
          onSelect={(id) => setSearchParams({ tab: id }, { replace: true })}
        />
      )}
    </Page>
  );
}
