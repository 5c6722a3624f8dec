import type { LaunchError } from '@lti-rooms/contracts';
import { PENDING_REGISTRATION_TTL_DAYS } from '@lti-rooms/domain';
import { useMemo, type ReactNode } from 'react';
import { formatWhen } from '../admin/admin-format';
import { t, tRich } from '../i18n';
import { browserZone } from '../rooms/time-frame';

type InactiveRegistration = NonNullable<LaunchError['registration']>;

/** The command an operator runs to activate one registration (README "Registering with an LMS"). */
export const activateCommand = (id: string) => `npm run platforms -- activate ${id}`;

/** Where the operator page is (OperatorPage). */
const OPERATOR_PATH = '/operator';

/**
 * Shown only to someone whose verified launch carried an LMS Administrator role: which
 * registration of LTI Rooms waits, and what the operator must do, with its real id.
 */
export function InactiveRegistrationSection({ registration }: { registration: InactiveRegistration }) {
  const zone = useMemo(browserZone, []);
  const rows: [string, string][] = [
    [t('launch.registration.lms'), registration.platformName],
    [t('launch.registration.issuer'), registration.issuer],
    [t('launch.registration.clientId'), registration.clientId],
    [t('launch.registration.deploymentId'), registration.deploymentId],
    [t('launch.registration.id'), registration.id],
    [t('launch.registration.registered'), formatWhen(registration.registeredAt, zone)],
  ];
  return (
    <section className="panel" aria-labelledby="inactive-registration-heading" data-testid="inactive-registration">
      <h2 id="inactive-registration-heading">{t('launch.inactiveRegistration.heading')}</h2>
      <p>{t('launch.inactiveRegistration.explanation')}</p>
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
      <p>{t('launch.inactiveRegistration.commandIntro')}</p>
      <pre>
        <code data-testid="activate-command">{activateCommand(registration.id)}</code>
      </pre>
      <p className="small muted">
        {tRich('launch.inactiveRegistration.operatorPage', { path: OPERATOR_PATH, code: (chunks: ReactNode[]) => <code>{chunks}</code> })}
      </p>
      {registration.pending && <p className="small muted">{t('launch.inactiveRegistration.removedIfPending', { days: PENDING_REGISTRATION_TTL_DAYS })}</p>}
    </section>
  );
}
