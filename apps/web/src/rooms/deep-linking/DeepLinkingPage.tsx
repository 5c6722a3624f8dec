import type { MeResponse, RoomListItem } from '@lti-rooms/contracts';
import { useMemo, useState } from 'react';
import { useMe } from '../../api/me';
import { requestDeepLinkingResponse, useMyRooms, useRoomFormOptions, type DeepLinkingForm } from '../rooms-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageResourceView, ResourceView } from '../../components/ResourceView';
import { CreateRoomForm } from '../room-form/CreateRoomForm';
import { formatSchedule } from '../room-format';
import { t } from '../../i18n';
import { browserZone } from '../time-frame';
import { Button, Loading, Page } from '../../ui';
import { DeepLinkingReturnForm } from './DeepLinkingReturnForm';
import { PickRoomForm } from './PickRoomForm';

/**
 * The LMS asked for content (LtiDeepLinkingRequest): create a room or pick one of the
 * user's rooms, then post the signed response back to the LMS.
 */
export function DeepLinkingPage() {
  const me = useMe();
  return (
    <PageResourceView resource={me} loadingLabel={t('rooms.deepLinking.loading')} errorTitle={t('rooms.deepLinking.loadError')}>
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
      <Page title={t('rooms.deepLinking.title')}>
        <DeepLinkingReturnForm response={response} />
      </Page>
    );
  }

  return (
    <Page title={t('rooms.deepLinking.title')} subtitle={me.channel && <span>{t('rooms.deepLinking.course', { title: me.channel.title })}</span>}>
      {link.pending && <Loading label={t('rooms.deepLinking.preparing')} />}
      {link.error && chosen && (
        <div>
          <ApiErrorAlert error={link.error} title={t('rooms.deepLinking.addError', { name: chosen.name })} />
          <p>
            <Button variant="secondary" onClick={() => addToCourse(chosen)}>
              {t('rooms.deepLinking.tryAgain')}
            </Button>
          </p>
        </div>
      )}

      <section className="panel" aria-labelledby="dl-create-heading">
        <h2 id="dl-create-heading">{t('rooms.deepLinking.createHeading')}</h2>
        <ResourceView resource={options} loadingLabel={t('rooms.roomForm.loading')} errorTitle={t('rooms.roomForm.loadError')}>
          {(formOptions) => (
            <CreateRoomForm options={formOptions} channelId={channelId} idPrefix="dl-room" headingLevel={3} onCreated={addToCourse} />
          )}
        </ResourceView>
      </section>

      <section className="panel" aria-labelledby="dl-pick-heading">
        <h2 id="dl-pick-heading">{t('rooms.deepLinking.pickHeading')}</h2>
        <ResourceView resource={myRooms} loadingLabel={t('rooms.myRooms.loading')} errorTitle={t('rooms.myRooms.loadError')}>
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
