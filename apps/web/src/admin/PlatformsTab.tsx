import { useMemo, useState, type ReactNode } from 'react';
import { PENDING_REGISTRATION_TTL_DAYS } from '@lti-rooms/domain';
import { setPlatformActive, usePlatformRegistry, type Platform, type PlatformRegistry } from './admin-api';
import { useAsyncAction } from '../api/use-async-action';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { browserZone } from '../rooms/time-frame';
import { Badge, Button, StatusMessage, VisuallyHidden } from '../ui';
import { formatRegistered } from './admin-format';
import { AdminResourceView } from './AdminResourceView';
import { FrameOriginsSection } from './FrameOriginsSection';

/** This LMS's registration, and registrations from the same LMS that wait for an administrator. */
export function PlatformsTab() {
  const registry = usePlatformRegistry();
  return (
    <>
      <h2>Platforms</h2>
      <AdminResourceView resource={registry} loadingLabel="Loading the platforms…" errorTitle="The platforms could not be loaded">
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
    setMessage(`${platform.name} is now active. Its users can launch LTI Rooms.`);
  }

  return (
    <>
      <StatusMessage message={message} />
      <section aria-labelledby="current-platform-heading" className="admin-section">
        <h3 id="current-platform-heading">This platform</h3>
        <PlatformDetails platform={registry.current} zone={zone} testId="current-platform" />
      </section>

      <FrameOriginsSection />

      <section aria-labelledby="pending-platforms-heading" className="admin-section">
        <h3 id="pending-platforms-heading">Waiting for activation</h3>
        <p className="small muted">
          Further registrations of this LMS that arrived by Dynamic Registration. Their users cannot launch until you activate them;
          a registration nobody activates is removed after {PENDING_REGISTRATION_TTL_DAYS} days. Once active, it is managed on its own.
        </p>
        {activate.error && <ApiErrorAlert error={activate.error} title="The platform could not be activated" />}
        {registry.pending.length === 0 ? (
          <p className="muted">No registrations are waiting.</p>
        ) : (
          <ul className="plain-list" data-testid="pending-platforms">
            {registry.pending.map((platform) => (
              <li key={platform.id} className="admin-card">
                <PlatformDetails platform={platform} zone={zone} />
                <Button disabled={activate.pending} onClick={() => onActivate(platform)}>
                  Activate<VisuallyHidden> {platform.name}</VisuallyHidden>
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
      'Status',
      <Badge key="status" tone={platform.active ? 'success' : 'warning'} data-testid="platform-status">
        {platform.active ? 'Active' : 'Inactive'}
      </Badge>,
    ],
    ['Name', platform.name],
    ['Issuer', <code key="issuer">{platform.issuer}</code>],
    ['Client id', <code key="client">{platform.clientId}</code>],
    ['Deployment ids', platform.deploymentIds.length === 0 ? 'None yet' : platform.deploymentIds.map((id) => <code key={id} className="code-item">{id}</code>)],
    ['Login (authorization) endpoint', <code key="auth">{platform.authEndpoint}</code>],
    ['Token endpoint', <code key="token">{platform.tokenEndpoint}</code>],
    ['Key set (JWKS) URL', <code key="jwks">{platform.jwksUri}</code>],
    ['Registered', formatRegistered(platform, zone)],
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
