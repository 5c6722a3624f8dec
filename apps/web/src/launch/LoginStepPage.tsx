import type { LoginStep } from '@lti-rooms/contracts';
import { useEffect, useRef } from 'react';
import { t } from '../i18n';
import { Page } from '../ui';
import { keepLoginInPlatformStorage } from './login-in-platform-storage';

/**
 * The login when the platform offers its storage: state and nonce go there first (they
 * prove the launch where the browser keeps no cookie of the tool), then on to the
 * platform. Where storage fails, the login still goes on: the cookie may do.
 */
export function LoginStepPage({ step }: { step: LoginStep }) {
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void keepLoginInPlatformStorage(step).finally(() => window.location.replace(step.authUrl));
  }, [step]);
  return (
    <Page title={t('launch.opening.title')}>
      <p role="status">{t('launch.login.status')}</p>
    </Page>
  );
}
