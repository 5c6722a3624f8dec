import type { MeResponse } from '@lti-rooms/contracts';
import { Link, useParams } from 'react-router-dom';
import { useMe } from '../api/me';
import { PageErrorView } from '../components/PageErrorView';
import { appNavigation } from '../components/AppNavigation';
import { t } from '../i18n';
import { toSafeHttpUrl } from '../safe-url';
import { Alert, Badge, Loading, Page } from '../ui';
import { channelRoleLabel } from './channel-role-label';
import { ChannelRoomsSection } from './ChannelRoomsSection';

/** A course as seen in LTI Rooms: who you are there, and its rooms. */
export function ChannelPage() {
  const { channelId } = useParams<{ channelId: string }>();
  const me = useMe();

  switch (me.status) {
    case 'loading':
      return (
        <Page title={t('rooms.channel.loadingTitle')}>
          <Loading label={t('rooms.channel.loading')} />
        </Page>
      );
    case 'error':
      // A 401 also flips the app to the no-session screen; this covers everything else.
      return <PageErrorView error={me.error} onRetry={me.retry} />;
    case 'success':
      return <ChannelView me={me.data} channelId={channelId} />;
  }
}

function ChannelView({ me, channelId }: { me: MeResponse; channelId: string | undefined }) {
  const title = me.channel?.title ?? me.account.name;
  const returnUrl = toSafeHttpUrl(me.returnUrl);
  const otherChannel = me.channel !== null && channelId !== undefined && me.channel.id !== channelId;
  // The launch's course wins over the address: the token speaks for that course only.
  const roomsChannelId = me.channel?.id ?? channelId;

  return (
    <Page
      title={title}
      navigation={appNavigation(me)}
      subtitle={
        <>
          <span>{t('rooms.channel.signedInAs', { name: me.user.name })}</span>
          <Badge tone="accent" data-testid="channel-role" data-role={me.role}>
            {channelRoleLabel(me.role)}
          </Badge>
        </>
      }
      actions={
        <>
          {me.role !== 'participant' && (
            <Link className="button-link" to="/my-rooms">
              {t('rooms.myRooms.title')}
            </Link>
          )}
          {returnUrl && (
            // Same frame on purpose: LMS return pages expect to load where the tool was launched.
            // Leaves the tool for the LMS: named apart from "Back to the course", which stays in the tool.
            <a className="button-link" href={returnUrl}>
              {t('rooms.channel.returnToLms')}
            </a>
          )}
        </>
      }
    >
      {otherChannel && (
        <Alert tone="warning" title={t('rooms.channel.otherCourseTitle')}>
          <p>{t('rooms.channel.otherCourseText')}</p>
        </Alert>
      )}
      {roomsChannelId ? (
        <ChannelRoomsSection channelId={roomsChannelId} canCreate={me.role === 'manager'} canHost={me.role !== 'participant'} />
      ) : (
        <section className="panel" aria-labelledby="rooms-heading">
          <h2 id="rooms-heading">{t('rooms.channel.roomsHeading')}</h2>
          <p className="muted">{t('rooms.channel.noRooms')}</p>
        </section>
      )}
    </Page>
  );
}
