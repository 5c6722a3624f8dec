import type { JitsiCheck } from '@lti-rooms/contracts';
import { useState } from 'react';
import { testJitsiConnection, type JitsiTestResult } from '../admin-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Button } from '../../ui';

/** What each check's outcome means, in words. */
const CHECK_TEXT: Record<JitsiCheck['outcome'], (params: Record<string, string>) => string> = {
  REACHABLE: () => 'The Jitsi server answers.',
  UNREACHABLE: () => 'The Jitsi server could not be reached over https.',
  NOT_JITSI: () => 'The server answers, but not as a Jitsi server.',
  NO_TOKEN_TAKEN: () => 'Public Jitsi takes no token (roles cannot be enforced)',
  TOKEN_MINTED: ({ algorithm, subject }) => `A ${algorithm} token for ${subject} was minted`,
  TOKEN_MALFORMED: () => 'The minted token does not have the expected form',
};

function jitsiCheckText(check: JitsiCheck): string {
  return CHECK_TEXT[check.outcome](check.params ?? {});
}

/** "Test connection": the server checks the saved deployment and reports each check. */
export function JitsiConnectionTest() {
  const [result, setResult] = useState<JitsiTestResult | null>(null);
  const test = useAsyncAction(testJitsiConnection);

  async function onTest() {
    setResult(null);
    const outcome = await test.run();
    if (outcome) setResult(outcome);
  }

  return (
    <section aria-labelledby="jitsi-test-heading" className="admin-section">
      <h3 id="jitsi-test-heading">Connection test</h3>
      <p id="jitsi-test-hint" className="field-hint">
        Tests the saved settings: save your changes first.
      </p>
      <Button variant="secondary" onClick={onTest} disabled={test.pending} aria-describedby="jitsi-test-hint">
        Test connection
      </Button>
      {test.error && <ApiErrorAlert error={test.error} title="The connection could not be tested" />}
      {/* Always in the DOM, so the outcome is announced when it appears. */}
      <div role="status" className="jitsi-test-result" data-testid="jitsi-test-result">
        {test.pending && <p className="muted">Testing…</p>}
        {result && (
          <>
            <p className={result.ok ? 'check-ok' : 'check-fail'}>
              <strong>{result.ok ? 'All checks passed' : 'Some checks failed'}</strong>
            </p>
            <ul className="check-list">
              {result.checks.map((check) => (
                <li key={check.name} className={check.ok ? 'check-ok' : 'check-fail'} data-testid="jitsi-check" data-ok={check.ok}>
                  <span aria-hidden="true">{check.ok ? '✓ ' : '✗ '}</span>
                  <strong>{check.ok ? 'OK' : 'Failed'}</strong> — <code>{check.name}</code>: {jitsiCheckText(check)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
