import { Link } from 'react-router-dom';
import { getLaunchToken } from '../boot/launch-token';
import { Page } from '../ui';

/** Any path the SPA does not know, including the bare root: people only arrive here via the LMS. */
export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <div className="panel">
        <p>There is nothing at this address. The link may be old or mistyped.</p>
        {getLaunchToken() ? (
          <p>
            <Link to="/my-rooms">Go to My Rooms</Link>
          </p>
        ) : (
          <p className="muted">Open LTI Rooms from your course in your learning platform.</p>
        )}
      </div>
    </Page>
  );
}
