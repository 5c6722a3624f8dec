import { Page } from '../ui';

/**
 * Shown once any API call answers 401 (or there is no launch token at all). Only the LMS
 * can issue a new token, so the one useful instruction is to launch again from there.
 */
export function SessionExpiredPage() {
  return (
    <Page title="Your session has expired">
      <div className="panel" role="alert">
        <p>Your session has expired — open the room again from your course.</p>
        <p className="muted">
          For your security, LTI Rooms only works while you came here from your course. Go back to your
          course in your learning platform and select the room or LTI Rooms link again.
        </p>
      </div>
    </Page>
  );
}
