import { Link } from 'react-router-dom';
import type { ApiRequestError } from '../api/client';
import { useMe } from '../api/me';
import { t } from '../i18n';
import { toSafeHttpUrl } from '../safe-url';
import { Alert, Button, Page } from '../ui';

/** What a whole page could not show, in a student's words: not there, not theirs, or a fault. */
function pageErrorWords(error: ApiRequestError): { title: string; explanation: string } {
  if (error.status === 404 && (error.reason === 'ROOM_NOT_FOUND' || error.reason === 'RESTORABLE_ROOM_NOT_FOUND')) {
    return { title: t('common.pageError.roomUnavailable.title'), explanation: t('common.pageError.roomUnavailable.explanation') };
  }
  if (error.status === 404 && error.reason === 'COURSE_NOT_FOUND') {
    return { title: t('common.pageError.courseUnavailable.title'), explanation: t('common.pageError.courseUnavailable.explanation') };
  }
  if (error.status === 404) return { title: t('common.pageError.nothingHere.title'), explanation: t('common.pageError.nothingHere.explanation') };
  if (error.status === 403) return { title: t('common.pageError.forbidden.title'), explanation: error.message };
  return { title: t('common.pageError.failed.title'), explanation: error.message };
}

/**
 * A page whose data could not be loaded: what happened, and the ways on from here: this
 * course, My Rooms, the LMS, and Try again where trying again can help.
 */
export function PageErrorView({ error, onRetry }: { error: ApiRequestError; onRetry: () => void }) {
  const { title, explanation } = pageErrorWords(error);
  const me = useMe();
  const channel = me.status === 'success' ? me.data.channel : null;
  const lms = me.status === 'success' ? toSafeHttpUrl(me.data.returnUrl) : null;
  return (
    <Page title={title}>
      <Alert tone="error" title={title}>
        <p>{explanation}</p>
        {error.retryAfterSeconds !== undefined && <p>{t('common.error.retryInSeconds', { seconds: Math.ceil(error.retryAfterSeconds) })}</p>}
        {error.isTransient && (
          <p>
            <Button variant="secondary" onClick={onRetry}>
              {t('common.error.tryAgain')}
            </Button>
          </p>
        )}
        {error.status >= 500 && <p className="small">{t('common.pageError.supportCode', { code: error.code })}</p>}
      </Alert>
      <nav aria-label={t('common.pageError.waysBack')} className="panel">
        <ul className="way-back" data-testid="ways-back">
          {channel && (
            <li>
              <Link to={`/channels/${encodeURIComponent(channel.id)}`}>{t('common.pageError.backToCourse', { course: channel.title })}</Link>
            </li>
          )}
          <li>
            <Link to="/my-rooms">{t('common.pageError.myRooms')}</Link>
          </li>
          {lms && (
            <li>
              <a href={lms}>{t('common.pageError.returnToLms')}</a>
            </li>
          )}
        </ul>
      </nav>
    </Page>
  );
}
