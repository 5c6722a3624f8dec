import { Link } from 'react-router-dom';
import { getLaunchToken } from '../boot/launch-token';
import { t } from '../i18n';
import { Page } from '../ui';

/** Any path the SPA does not know, including the bare root: people only arrive here via the LMS. */
export function NotFoundPage() {
  return (
    <Page title={t('launch.notFound.title')}>
      <div className="panel">
        <p>{t('launch.notFound.explanation')}</p>
        {getLaunchToken() ? (
          <p>
            <Link to="/my-rooms">{t('launch.notFound.myRooms')}</Link>
          </p>
        ) : (
          <p className="muted">{t('launch.notFound.openFromCourse')}</p>
        )}
      </div>
    </Page>
  );
}
