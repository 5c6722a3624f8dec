import { Link, useNavigate, useParams } from 'react-router-dom';
import { useRoomFormOptions } from './rooms-api';
import { PageResourceView } from '../components/ResourceView';
import { CreateRoomForm } from './room-form/CreateRoomForm';
import { t, tRich } from '../i18n';
import { Page } from '../ui';

/**
 * Create a Room, from a channel (/channels/:channelId/rooms/new: published there) or from
 * My Rooms (/my-rooms/new: in no channel yet). On success: the new room's entry page.
 */
export function CreateRoomPage() {
  const { channelId = null } = useParams<{ channelId: string }>();
  const navigate = useNavigate();
  const options = useRoomFormOptions(channelId);
  const backPath = channelId ? `/channels/${encodeURIComponent(channelId)}` : '/my-rooms';
  const backLabel = channelId ? t('rooms.create.backToCourse') : t('rooms.create.backToMyRooms');

  return (
    <PageResourceView resource={options} loadingLabel={t('rooms.roomForm.loading')} errorTitle={t('rooms.roomForm.loadError')}>
      {(formOptions) => (
        <Page title={t('rooms.create.title')} breadcrumb={<Link to={backPath}>{backLabel}</Link>}>
          <div className="panel">
            <p className="muted small">
              {tRich('rooms.create.requiredNote', {
                star: (chunks) => <span aria-hidden="true">{chunks}</span>,
                hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
              })}
            </p>
            <CreateRoomForm
              options={formOptions}
              channelId={channelId}
              onCancel={() => navigate(backPath)}
              onCreated={(room) => navigate(`/rooms/${encodeURIComponent(room.id)}`)}
            />
          </div>
        </Page>
      )}
    </PageResourceView>
  );
}
