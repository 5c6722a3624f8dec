import type { MeResponse, RoomBody } from '@lti-rooms/contracts';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { combineResources } from '../../api/combine-resources';
import { useMe } from '../../api/me';
import { useRoom } from '../rooms-api';
import { PageResourceView } from '../../components/ResourceView';
import { t } from '../../i18n';
import { Alert, Page, Tabs, type TabDefinition } from '../../ui';
import { GradingTab } from '../../attendance/GradingTab';
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
    <PageResourceView resource={data} loadingLabel={t('roomForms.edit.loading')} errorTitle={t('roomForms.edit.loadError')}>
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
      { id: 'details', label: t('roomForms.edit.tab.details'), render: () => <DetailsTab me={me} room={room} onSaved={setRoom} /> },
      { id: 'collaboration', label: t('roomForms.edit.tab.collaboration'), render: () => <CollaborationTab me={me} room={room} /> },
      { id: 'chat', label: t('roomForms.edit.tab.chat'), render: () => <ChatSettingsTab room={room} onSaved={setRoom} /> },
    );
  }
  if (edit) tabs.push({ id: 'grading', label: t('attendance.grading.tab'), render: () => <GradingTab roomId={room.id} /> });
  if (edit || publish) tabs.push({ id: 'publishing', label: t('roomForms.edit.tab.publishing'), render: () => <PublishingTab room={room} /> });
  if (room.permissions.delete) tabs.push({ id: 'delete', label: t('roomForms.edit.tab.delete'), render: () => <DeleteTab room={room} /> });

  const selected = searchParams.get('tab') ?? tabs[0]?.id ?? '';

  return (
    <Page title={t('roomForms.edit.title', { name: room.name })} breadcrumb={<Link to={entryPath}>{t('roomForms.edit.back')}</Link>}>
      {tabs.length === 0 ? (
        <Alert tone="warning" title={t('roomForms.edit.cannotTitle')}>
          <p>{t('roomForms.edit.cannotText')}</p>
        </Alert>
      ) : (
        <Tabs
          label={t('roomForms.edit.tabsLabel')}
          tabs={tabs}
          selectedId={selected}
          onSelect={(id) => setSearchParams({ tab: id }, { replace: true })}
        />
      )}
    </Page>
  );
}
