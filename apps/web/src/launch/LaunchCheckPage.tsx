import type { CheckStep } from '@lti-rooms/contracts';
import { LaunchErrorPage } from '../pages/LaunchErrorPage';
import { toSafeHttpUrl } from '../safe-url';
import { Button, Page } from '../ui';
import { openInNewWindow } from './open-in-new-window';
import { useLaunchCheck } from './use-launch-check';

/** A launch whose cookie the browser did not send back, while it is being proved another way. */
export function LaunchCheckPage({ step }: { step: CheckStep }) {
  const { phase, allowStorageAccess } = useLaunchCheck(step);
  if (phase.kind === 'refused') return <LaunchErrorPage error={phase.error} />;
  if (phase.kind === 'checking') {
    return (
      <Page title="Opening LTI Rooms">
        <p role="status">Checking your launch from the course…</p>
      </Page>
    );
  }
  const newWindowUrl = toSafeHttpUrl(step.cookieRefusal.retryInNewWindowUrl);
  return (
    <Page title="Allow LTI Rooms in this course page">
      <section className="panel" aria-labelledby="storage-access-heading">
        <h2 id="storage-access-heading">One more step</h2>
        <p>
          Your browser keeps LTI Rooms from recognising you inside the course page. Allow it to use its cookies here and
          the room opens. Your browser may ask you to confirm.
        </p>
        <div className="button-row">
          <Button onClick={allowStorageAccess}>Allow and continue</Button>
          {newWindowUrl && (
            <Button variant="secondary" onClick={() => openInNewWindow(newWindowUrl)}>
              Open in a new window instead
            </Button>
          )}
        </div>
      </section>
    </Page>
  );
}
