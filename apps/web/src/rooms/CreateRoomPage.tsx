import { Link, useNavigate, useParams } from 'react-router-dom';
import { useRoomFormOptions } from './rooms-api';
import { PageResourceView } from '../components/ResourceView';
import { CreateRoomForm } from './room-form/CreateRoomForm';
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
  const backLabel = channelId ? 'Back to the course' : 'Back to My Rooms';

  return (
    <PageResourceView resource={options} loadingLabel="Loading the room form…" errorTitle="The room form could not be loaded">
      {(formOptions) => (
        <Page title="Create a Room" breadcrumb={<Link to={backPath}>{backLabel}</Link>}>
          <div className="panel">
            <p className="muted small">
              Fields marked <span aria-hidden="true">*</span>
              <span className="visually-hidden">with an asterisk</span> are required.
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
