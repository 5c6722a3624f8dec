import type { LaunchError } from '@lti-rooms/contracts';
import { PENDING_REGISTRATION_TTL_DAYS } from '@lti-rooms/domain';
import { useMemo } from 'react';
import { formatWhen } from '../admin/admin-format';
import { browserZone } from '../rooms/time-frame';

type InactiveRegistration = NonNullable<LaunchError['registration']>;

/** The command an operator runs to activate one registration (README "Registering with an LMS"). */
export const activateCommand = (id: string) => `npm run platforms -- activate ${id}`;

/**
 * Shown only to someone whose verified launch carried an LMS Administrator role: which
 * registration of LTI Rooms waits, and what the operator must do, with its real id.
 */
export function InactiveRegistrationSection({ registration }: { registration: InactiveRegistration }) {
  const zone = useMemo(browserZone, []);
  const rows: [string, string][] = [
    ['LMS', registration.platformName],
    ['Issuer', registration.issuer],
    ['Client id', registration.clientId],
    ['Deployment id', registration.deploymentId],
    ['Registration id', registration.id],
    ['Registered', formatWhen(registration.registeredAt, zone)],
  ];
  return (
    <section className="panel" aria-labelledby="inactive-registration-heading" data-testid="inactive-registration">
      <h2 id="inactive-registration-heading">This registration waits for activation</h2>
      <p>
        You are an administrator of this LMS, so you see which registration of LTI Rooms it is. LTI Rooms refuses every launch
        through it until an operator of LTI Rooms (whoever runs the LTI Rooms server) activates it. Send them these details.
      </p>
      <dl className="details-list">
        {rows.map(([term, value]) => (
          <div key={term} className="details-row">
            <dt>{term}</dt>
            <dd>
              <code>{value}</code>
            </dd>
          </div>
        ))}
      </dl>
      <p>The operator activates it on the server with:</p>
      <pre>
        <code data-testid="activate-command">{activateCommand(registration.id)}</code>
      </pre>
      <p className="small muted">
        or on the operator page of LTI Rooms (<code>/operator</code>), when the server has an operator secret configured.
        {registration.pending && ` A registration nobody activates is removed after ${PENDING_REGISTRATION_TTL_DAYS} days; register again then.`}
      </p>
    </section>
  );
}
