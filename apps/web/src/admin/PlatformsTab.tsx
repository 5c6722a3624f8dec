import { useMemo, useState, type ReactNode } from 'react';
import { PENDING_REGISTRATION_TTL_DAYS } from '@lti-rooms/domain';
import { setPlatformActive, usePlatformRegistry, type Platform, type PlatformRegistry } from './admin-api';
import { useAsyncAction } from '../api/use-async-action';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { browserZone } from '../rooms/time-frame';
import { t } from '../i18n';
import { Badge, Button, StatusMessage } from '../ui';
import { formatRegistered } from './admin-format';
import { AdminResourceView } from './AdminResourceView';
import { FrameOriginsSection } from './FrameOriginsSection';

/** This LMS's registration, and registrations from the same LMS that wait for an administrator. */
export function PlatformsTab() {
  const registry = usePlatformRegistry();
  return (
    <>
      <h2>{t('admin.section.platforms')}</h2>
      <AdminResourceView resource={registry} loadingLabel={t('admin.platforms.loading')} errorTitle={t('admin.platforms.loadError')}>
        {(data) => <PlatformRegistryView initial={data} />}
      </AdminResourceView>
    </>
  );
}

function PlatformRegistryView({ initial }: { initial: PlatformRegistry }) {
  const [registry, setRegistry] = useState(initial);
  const [message, setMessage] = useState('');
  const zone = useMemo(browserZone, []);
  const activate = useAsyncAction((id: string) => setPlatformActive(id, true));

  async function onActivate(platform: Platform) {
    setMessage('');
    const result = await activate.run(platform.id);
    if (!result) return;
    setRegistry(result);
    setMessage(t('admin.platforms.activated', { name: platform.name }));
  }

  return (
    <>
      <StatusMessage message={message} />
      <section aria-labelledby="current-platform-heading" className="admin-section">
        <h3 id="current-platform-heading">{t('admin.platforms.currentHeading')}</h3>
        <PlatformDetails platform={registry.current} zone={zone} testId="current-platform" />
      </section>

      <FrameOriginsSection />

      <section aria-labelledby="pending-platforms-heading" className="admin-section">
        <h3 id="pending-platforms-heading">{t('admin.platforms.pendingHeading')}</h3>
        <p className="small muted">{t('admin.platforms.pendingIntro', { days: PENDING_REGISTRATION_TTL_DAYS })}</p>
        {activate.error && <ApiErrorAlert error={activate.error} title={t('admin.platforms.activateError')} />}
        {registry.pending.length === 0 ? (
          <p className="muted">{t('admin.platforms.noPending')}</p>
        ) : (
          <ul className="plain-list" data-testid="pending-platforms">
            {registry.pending.map((platform) => (
              <li key={platform.id} className="admin-card">
                <PlatformDetails platform={platform} zone={zone} />
                <Button disabled={activate.pending} onClick={() => onActivate(platform)} aria-label={t('admin.platforms.activateName', { name: platform.name })}>
                  {t('admin.platforms.activate')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function PlatformDetails({ platform, zone, testId }: { platform: Platform; zone: string; testId?: string }) {
  const rows: [string, ReactNode][] = [
    [
      t('admin.platforms.status'),
      <Badge key="status" tone={platform.active ? 'success' : 'warning'} data-testid="platform-status">
        {platform.active ? t('admin.platforms.active') : t('admin.platforms.inactive')}
      </Badge>,
    ],
    [t('admin.platforms.name'), platform.name],
    [t('admin.platforms.issuer'), <code key="issuer">{platform.issuer}</code>],
    [t('admin.platforms.clientId'), <code key="client">{platform.clientId}</code>],
    [
      t('admin.platforms.deploymentIds'),
      platform.deploymentIds.length === 0 ? t('admin.platforms.noDeploymentIds') : platform.deploymentIds.map((id) => <code key={id} className="code-item">{id}</code>),
    ],
    [t('admin.platforms.authEndpoint'), <code key="auth">{platform.authEndpoint}</code>],
    [t('admin.platforms.tokenEndpoint'), <code key="token">{platform.tokenEndpoint}</code>],
    [t('admin.platforms.jwksUrl'), <code key="jwks">{platform.jwksUri}</code>],
    [t('admin.platforms.registered'), formatRegistered(platform, zone)],
  ];
  return (
    <dl className="details-list" data-testid={testId}>
      {rows.map(([term, value]) => (
        <div key={term} className="details-row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
