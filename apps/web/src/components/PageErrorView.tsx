import { Link } from 'react-router-dom';
import type { ApiRequestError } from '../api/client';
import { useMe } from '../api/me';
import { toSafeHttpUrl } from '../safe-url';
import { Alert, Button, Page } from '../ui';

/** What a whole page could not show, in a student's words: not there, not theirs, or a fault. */
function pageErrorWords(error: ApiRequestError): { title: string; explanation: string } {
  if (error.status === 404 && (error.reason === 'ROOM_NOT_FOUND' || error.reason === 'RESTORABLE_ROOM_NOT_FOUND')) {
    return {
      title: 'This room is not available',
      explanation: 'It may have been deleted, or it belongs to a course you are not in. Rooms open from the courses they are published in.',
    };
  }
  if (error.status === 404 && error.reason === 'COURSE_NOT_FOUND') {
    return { title: 'This course is not available', explanation: 'LTI Rooms knows this course only from your launches: open LTI Rooms from the course in your learning platform.' };
  }
  if (error.status === 404) return { title: 'There is nothing at this address', explanation: 'The link may be old or mistyped.' };
  if (error.status === 403) return { title: 'You cannot open this page', explanation: error.message };
  return { title: 'This page could not be loaded', explanation: error.message };
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
        {error.retryAfterSeconds !== undefined && <p>Try again in about {Math.ceil(error.retryAfterSeconds)} seconds.</p>}
        {error.isTransient && (
          <p>
            <Button variant="secondary" onClick={onRetry}>
              Try again
            </Button>
          </p>
        )}
        {error.status >= 500 && <p className="small">Code for support: {error.code}</p>}
      </Alert>
      <nav aria-label="Ways back" className="panel">
        <ul className="way-back" data-testid="ways-back">
          {channel && (
            <li>
              <Link to={`/channels/${encodeURIComponent(channel.id)}`}>Back to {channel.title}</Link>
            </li>
          )}
          <li>
            <Link to="/my-rooms">My Rooms</Link>
          </li>
          {lms && (
            <li>
              <a href={lms}>Return to the LMS</a>
            </li>
          )}
        </ul>
      </nav>
    </Page>
  );
}
