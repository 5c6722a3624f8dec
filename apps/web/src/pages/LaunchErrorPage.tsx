import type { LaunchError } from '@lti-rooms/contracts';
import { openInNewWindow } from '../launch/open-in-new-window';
import { toSafeHttpUrl } from '../safe-url';
import { Alert, Button, Page } from '../ui';
import { InactiveRegistrationSection } from './InactiveRegistrationSection';

interface LaunchErrorPageProps {
  error: LaunchError;
}

/**
 * Why a launch from the LMS failed: a plain explanation for the person who clicked, a hint
 * for the administrator who can fix the registration, and the code to quote to support.
 */
export function LaunchErrorPage({ error }: LaunchErrorPageProps) {
  const newWindowUrl = toSafeHttpUrl(error.retryInNewWindowUrl);

  return (
    <Page title={error.title}>
      <Alert tone="error">
        <p>{error.detail}</p>
      </Alert>

      {newWindowUrl && (
        <section className="panel" aria-labelledby="new-window-heading">
          <h2 id="new-window-heading">Open LTI Rooms in its own window</h2>
          <p>
            Your browser stopped LTI Rooms from working inside the course page. Opening it in a new window
            usually solves this.
          </p>
          <Button onClick={() => openInNewWindow(newWindowUrl)}>Open in a new window</Button>
        </section>
      )}

      {error.registration && <InactiveRegistrationSection registration={error.registration} />}

      <section className="panel" aria-labelledby="admin-hint-heading">
        <h2 id="admin-hint-heading">For your LMS administrator</h2>
        <p>{error.adminHint}</p>
      </section>

      <p className="small muted">
        Error code: <code>{error.code}</code>
      </p>
    </Page>
  );
}
