import type { LaunchError } from '@lti-rooms/contracts';
import type { ReactNode } from 'react';
import { t, tRich } from '../i18n';
import { openInNewWindow } from '../launch/open-in-new-window';
import { toSafeHttpUrl } from '../safe-url';
import { Alert, Button, Page } from '../ui';
import { InactiveRegistrationSection } from './InactiveRegistrationSection';
import { generalLaunchRefusalText, launchRefusalText } from './launch-refusal-text';

interface LaunchErrorPageProps {
  error: LaunchError;
  /** Word the failure in general terms, whatever its code (the page was reached by a link, not by the launch). */
  general?: boolean;
}

const asCode = (chunks: ReactNode[]) => <code>{chunks}</code>;

/**
 * Why a launch from the LMS failed: a plain explanation for the person who clicked, a hint
 * for the administrator who can fix the registration, and the code to quote to support.
 */
export function LaunchErrorPage({ error, general = false }: LaunchErrorPageProps) {
  const newWindowUrl = toSafeHttpUrl(error.retryInNewWindowUrl);
  const text = general ? generalLaunchRefusalText() : launchRefusalText(error);

  return (
    <Page title={text.title}>
      <Alert tone="error">
        <p>{text.detail}</p>
      </Alert>

      {newWindowUrl && (
        <section className="panel" aria-labelledby="new-window-heading">
          <h2 id="new-window-heading">{t('launch.error.newWindow.heading')}</h2>
          <p>{t('launch.error.newWindow.explanation')}</p>
          <Button onClick={() => openInNewWindow(newWindowUrl)}>{t('launch.error.newWindow.button')}</Button>
        </section>
      )}

      {error.registration && <InactiveRegistrationSection registration={error.registration} />}

      <section className="panel" aria-labelledby="admin-hint-heading">
        <h2 id="admin-hint-heading">{t('launch.error.adminHeading')}</h2>
        <p>{text.adminHint}</p>
        {text.serverDetails && <p className="small">{tRich('launch.error.serverDetails', { details: text.serverDetails, code: asCode })}</p>}
      </section>

      <p className="small muted">{tRich('launch.error.code', { errorCode: error.code, code: asCode })}</p>
    </Page>
  );
}
