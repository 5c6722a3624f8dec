import type { MeResponse, RoomListItem } from '@lti-rooms/contracts';
import { useMemo, useState } from 'react';
import { useMe } from '../../api/me';
import { requestDeepLinkingResponse, useMyRooms, useRoomFormOptions, type DeepLinkingForm } from '../rooms-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageResourceView, ResourceView } from '../../components/ResourceView';
import { CreateRoomForm } from '../room-form/CreateRoomForm';
import { formatSchedule } from '../room-format';
import { browserZone } from '../time-frame';
import { Button, Loading, Page } from '../../ui';
import { DeepLinkingReturnForm } from './DeepLinkingReturnForm';
import { PickRoomForm } from './PickRoomForm';

const TITLE = 'Add a room to your course';

/**
 * The LMS asked for content (LtiDeepLinkingRequest): create a room or pick one of the
 * user's rooms, then post the signed response back to the LMS.
 */
export function DeepLinkingPage() {
  const me = useMe();
  return (
    <PageResourceView resource={me} loadingLabel="Loading…" errorTitle="LTI Rooms could not be loaded">
      {(data) => <DeepLinkingView me={data} />}
    </PageResourceView>
  );
}

function DeepLinkingView({ me }: { me: MeResponse }) {
  const channelId = me.channel?.id ?? null;
  const options = useRoomFormOptions(channelId);
  const myRooms = useMyRooms();
  const zone = useMemo(browserZone, []);
  const [chosen, setChosen] = useState<RoomListItem | null>(null);
  const [response, setResponse] = useState<DeepLinkingForm | null>(null);
  const link = useAsyncAction(requestDeepLinkingResponse);

  async function addToCourse(room: RoomListItem) {
    setChosen(room);
    const result = await link.run(room.id);
    if (result) setResponse(result);
  }

  if (response) {
    return (
      <Page title={TITLE}>
        <DeepLinkingReturnForm response={response} />
      </Page>
    );
  }

  return (
    <Page title={TITLE} subtitle={me.channel && <span>Course: {me.channel.title}</span>}>
      {link.pending && <Loading label="Preparing the link for your course…" />}
      {link.error && chosen && (
        <div>
          <ApiErrorAlert error={link.error} title={`"${chosen.name}" could not be added to your course`} />
          <p>
            <Button variant="secondary" onClick={() => addToCourse(chosen)}>
              Try again
            </Button>
          </p>
        </div>
      )}

      <section className="panel" aria-labelledby="dl-create-heading">
        <h2 id="dl-create-heading">Create a new room</h2>
        <ResourceView resource={options} loadingLabel="Loading the room form…" errorTitle="The room form could not be loaded">
          {(formOptions) => (
            <CreateRoomForm options={formOptions} channelId={channelId} idPrefix="dl-room" headingLevel={3} onCreated={addToCourse} />
          )}
        </ResourceView>
      </section>

      <section className="panel" aria-labelledby="dl-pick-heading">
        <h2 id="dl-pick-heading">Pick one of your rooms</h2>
        <ResourceView resource={myRooms} loadingLabel="Loading your rooms…" errorTitle="Your rooms could not be loaded">
          {(data) => (
            <PickRoomForm
              rooms={data.rooms.filter((room) => room.deletedAt === null)}
              zoneLabel={(room) => formatSchedule(room.availability, zone)}
              pending={link.pending}
              onPick={addToCourse}
            />
          )}
        </ResourceView>
      </section>
    </Page>
  );
}
