import type { JitsiCheck } from '@lti-rooms/contracts';
import { useState } from 'react';
import { testJitsiConnection, type JitsiTestResult } from '../admin-api';
import { useAsyncAction } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { t, tRich } from '../../i18n';
import { Button } from '../../ui';

/** What each check's outcome means, in words. */
const CHECK_TEXT: Record<JitsiCheck['outcome'], (params: Record<string, string>) => string> = {
  REACHABLE: () => t('admin.jitsi.check.reachable'),
  UNREACHABLE: () => t('admin.jitsi.check.unreachable'),
  NOT_JITSI: () => t('admin.jitsi.check.notJitsi'),
  NO_TOKEN_TAKEN: () => t('admin.jitsi.check.noTokenTaken'),
  TOKEN_MINTED: ({ algorithm, subject }) => t('admin.jitsi.check.tokenMinted', { algorithm, subject }),
  TOKEN_MALFORMED: () => t('admin.jitsi.check.tokenMalformed'),
};

function jitsiCheckText(check: JitsiCheck): string {
  return CHECK_TEXT[check.outcome](check.params ?? {});
}

/** Marks beside each check, for sighted readers: its words say the same. */
const CHECK_MARKS = { ok: '✓ ', failed: '✗ ' };

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
      <h3 id="jitsi-test-heading">{t('admin.jitsi.testHeading')}</h3>
      <p id="jitsi-test-hint" className="field-hint">
        {t('admin.jitsi.testHint')}
      </p>
      <Button variant="secondary" onClick={onTest} disabled={test.pending} aria-describedby="jitsi-test-hint">
        {t('admin.jitsi.test')}
      </Button>
      {test.error && <ApiErrorAlert error={test.error} title={t('admin.jitsi.testError')} />}
      {/* Always in the DOM, so the outcome is announced when it appears. */}
      <div role="status" className="jitsi-test-result" data-testid="jitsi-test-result">
        {test.pending && <p className="muted">{t('admin.jitsi.testing')}</p>}
        {result && (
          <>
            <p className={result.ok ? 'check-ok' : 'check-fail'}>
              <strong>{result.ok ? t('admin.jitsi.allPassed') : t('admin.jitsi.someFailed')}</strong>
            </p>
            <ul className="check-list">
              {result.checks.map((check) => (
                <li key={check.name} className={check.ok ? 'check-ok' : 'check-fail'} data-testid="jitsi-check" data-ok={check.ok}>
                  <span aria-hidden="true">{check.ok ? CHECK_MARKS.ok : CHECK_MARKS.failed}</span>
                  {tRich('admin.jitsi.checkLine', {
                    ok: check.ok ? 'yes' : 'no',
                    name: check.name,
                    text: jitsiCheckText(check),
                    strong: (chunks) => <strong>{chunks}</strong>,
                    code: (chunks) => <code>{chunks}</code>,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
