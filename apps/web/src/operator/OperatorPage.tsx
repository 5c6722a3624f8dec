import type { OperatorRegistration } from '@lti-rooms/contracts';
import { PENDING_REGISTRATION_TTL_DAYS } from '@lti-rooms/domain';
import { useMemo, useState, type FormEvent } from 'react';
import { formatWhen } from '../admin/admin-format';
import { browserZone } from '../rooms/time-frame';
import { Alert, Button, Field, Page, StatusMessage, VisuallyHidden } from '../ui';
import { activateRegistration, listInactiveRegistrations, OperatorRequestError } from './operator-api';

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
      setError(failure instanceof OperatorRequestError ? failure.message : 'Something went wrong. Please try again.');
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
      setMessage(`${registration.name} (${registration.issuer}, client id ${registration.clientId}) is now active. Its users can launch LTI Rooms.`));
  }

  return (
    <Page title="Operator: activate registrations">
      <p>
        For whoever runs this LTI Rooms server. A registration an LMS made by Dynamic Registration stays inactive until it is
        activated here or with <code>npm run platforms -- activate &lt;id&gt;</code>; until then its launches are refused.
      </p>
      {error && (
        <Alert tone="error">
          <p>{error}</p>
        </Alert>
      )}
      <StatusMessage message={message} />
      {secret === null ? (
        <form className="panel" onSubmit={onSubmit} aria-label="Operator sign-in">
          <Field id="operator-secret" label="Operator secret" required hint="The value of OPERATOR_SECRET in the server's configuration.">
            {(control) => (
              <input {...control} type="password" autoComplete="current-password" value={secretInput} onChange={(e) => setSecretInput(e.target.value)} />
            )}
          </Field>
          <Button type="submit" disabled={busy || secretInput === ''}>
            Show registrations
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
      <h2 id="inactive-registrations-heading">Inactive registrations</h2>
      <p className="small muted">
        A registration waiting for approval is removed after {PENDING_REGISTRATION_TTL_DAYS} days unless it is activated.
      </p>
      {registrations.length === 0 ? (
        <p className="muted">No registration is waiting: every registered LMS can launch LTI Rooms.</p>
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
                Activate<VisuallyHidden> {registration.name} ({registration.clientId})</VisuallyHidden>
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
    ['LMS', registration.name],
    ['Issuer', registration.issuer],
    ['Client id', registration.clientId],
    ['Deployment ids', registration.deploymentIds.join(', ') || 'None yet'],
    ['Registered', formatWhen(registration.registeredAt, zone)],
    ['Status', registration.pendingSince ? `Waiting for approval since ${formatWhen(registration.pendingSince, zone)}` : 'Deactivated, or added inactive by hand'],
    ['Registration id', registration.id],
  ];
}
