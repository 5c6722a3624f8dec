import type { CheckStep } from '@lti-rooms/contracts';
import { t } from '../i18n';
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
      <Page title={t('launch.opening.title')}>
        <p role="status">{t('launch.check.status')}</p>
      </Page>
    );
  }
  const newWindowUrl = toSafeHttpUrl(step.cookieRefusal.retryInNewWindowUrl);
  return (
    <Page title={t('launch.storageAccess.title')}>
      <section className="panel" aria-labelledby="storage-access-heading">
        <h2 id="storage-access-heading">{t('launch.storageAccess.heading')}</h2>
        <p>{t('launch.storageAccess.explanation')}</p>
        <div className="button-row">
          <Button onClick={allowStorageAccess}>{t('launch.storageAccess.allow')}</Button>
          {newWindowUrl && (
            <Button variant="secondary" onClick={() => openInNewWindow(newWindowUrl)}>
              {t('launch.storageAccess.openInNewWindow')}
            </Button>
          )}
        </div>
      </section>
    </Page>
  );
}
