import type { OperatorRegistration } from '@lti-rooms/contracts';
import { PENDING_REGISTRATION_TTL_DAYS } from '@lti-rooms/domain';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { formatWhen } from '../admin/admin-format';
import { t, tRich } from '../i18n';
import { browserZone } from '../rooms/time-frame';
import { Alert, Button, Field, Page, StatusMessage, VisuallyHidden } from '../ui';
import { activateRegistration, listInactiveRegistrations, OperatorRequestError } from './operator-api';

/** The command line way to activate, as the page names it (InactiveRegistrationSection words it with a real id). */
const ACTIVATE_COMMAND_PATTERN = 'npm run platforms -- activate <id>';

/**
 * /operator: whoever runs this LTI Rooms server activates registrations that wait (LTI
 * Dynamic Registration leaves them inactive unless LTI_AUTO_ACTIVATE). The secret stays in
 * this page's memory only; every request carries it.
 */
export function OperatorPage() {
  const [secretInput, setSecretInput] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [registrations, setRegistrations] = useState<OperatorRegistration[] | null>(null);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<{ registrations: OperatorRegistration[] }>, onDone: () => void) {
    setBusy(true);
    setError('');
    setMessage('');
    try {
      setRegistrations((await action()).registrations);
      onDone();
    } catch (failure) {
      setError(failure instanceof OperatorRequestError ? failure.message : t('launch.operator.failed'));
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const given = secretInput;
    void run(() => listInactiveRegistrations(given), () => setSecret(given));
  }

  function onActivate(registration: OperatorRegistration) {
    if (!secret) return;
    void run(() => activateRegistration(secret, registration.id), () =>
      setMessage(t('launch.operator.activated', { name: registration.name, issuer: registration.issuer, clientId: registration.clientId })));
  }

  return (
    <Page title={t('launch.operator.title')}>
      <p>{tRich('launch.operator.intro', { command: ACTIVATE_COMMAND_PATTERN, code: (chunks: ReactNode[]) => <code>{chunks}</code> })}</p>
      {error && (
        <Alert tone="error">
          <p>{error}</p>
        </Alert>
      )}
      <StatusMessage message={message} />
      {secret === null ? (
        <form className="panel" onSubmit={onSubmit} aria-label={t('launch.operator.signInForm')}>
          <Field id="operator-secret" label={t('launch.operator.secret')} required hint={t('launch.operator.secretHint')}>
            {(control) => (
              <input {...control} type="password" autoComplete="current-password" value={secretInput} onChange={(e) => setSecretInput(e.target.value)} />
            )}
          </Field>
          <Button type="submit" disabled={busy || secretInput === ''}>
            {t('launch.operator.showRegistrations')}
          </Button>
        </form>
      ) : (
        <RegistrationList registrations={registrations ?? []} busy={busy} onActivate={onActivate} />
      )}
    </Page>
  );
}

function RegistrationList({ registrations, busy, onActivate }: { registrations: OperatorRegistration[]; busy: boolean; onActivate: (r: OperatorRegistration) => void }) {
  const zone = useMemo(browserZone, []);
  return (
    <section aria-labelledby="inactive-registrations-heading">
      <h2 id="inactive-registrations-heading">{t('launch.operator.inactiveHeading')}</h2>
      <p className="small muted">{t('launch.operator.pendingRemoval', { days: PENDING_REGISTRATION_TTL_DAYS })}</p>
      {registrations.length === 0 ? (
        <p className="muted">{t('launch.operator.noneWaiting')}</p>
      ) : (
        <ul className="plain-list" data-testid="inactive-registrations">
          {registrations.map((registration) => (
            <li key={registration.id} className="admin-card">
              <dl className="details-list">
                {detailsOf(registration, zone).map(([term, value]) => (
                  <div key={term} className="details-row">
                    <dt>{term}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
              <Button disabled={busy} onClick={() => onActivate(registration)}>
                {tRich('launch.operator.activate', {
                  name: registration.name,
                  clientId: registration.clientId,
                  hidden: (chunks: ReactNode[]) => <VisuallyHidden>{chunks}</VisuallyHidden>,
                })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function detailsOf(registration: OperatorRegistration, zone: string): [string, string][] {
  return [
    [t('launch.registration.lms'), registration.name],
    [t('launch.registration.issuer'), registration.issuer],
    [t('launch.registration.clientId'), registration.clientId],
    // Identifiers, listed as data rather than as a sentence.
    [t('launch.registration.deploymentIds'), registration.deploymentIds.join(', ') || t('launch.registration.noDeploymentYet')],
    [t('launch.registration.registered'), formatWhen(registration.registeredAt, zone)],
    [
      t('launch.registration.status'),
      registration.pendingSince ? t('launch.registration.pendingSince', { when: formatWhen(registration.pendingSince, zone) }) : t('launch.registration.inactive'),
    ],
    [t('launch.registration.id'), registration.id],
  ];
}
