import { useState } from 'react';
import { useJitsiSettings, type JitsiSettings } from '../admin-api';
import { t, tRich } from '../../i18n';
import { Alert, StatusMessage } from '../../ui';
import { AdminResourceView } from '../AdminResourceView';
import { JitsiConnectionTest } from './JitsiConnectionTest';
import { JitsiForm } from './JitsiForm';

/** The account's Jitsi deployment: public (trial), self-hosted with tokens, or 8x8 JaaS. */
export function JitsiTab() {
  const jitsi = useJitsiSettings();
  return (
    <>
      <h2>{t('admin.section.jitsi')}</h2>
      <AdminResourceView resource={jitsi} loadingLabel={t('admin.jitsi.loading')} errorTitle={t('admin.jitsi.loadError')}>
        {(data) => <JitsiEditor initial={data} />}
      </AdminResourceView>
    </>
  );
}

function JitsiEditor({ initial }: { initial: JitsiSettings }) {
  // Each save answers with the settings as stored; a new version gives a fresh form (secrets empty again).
  const [saved, setSaved] = useState({ settings: initial, version: 0 });
  const [message, setMessage] = useState('');
  const { settings } = saved;

  function onSaved(next: JitsiSettings) {
    setSaved((s) => ({ settings: next, version: s.version + 1 }));
    setMessage(t('admin.jitsi.saved'));
  }

  return (
    <>
      {settings.publicTrial && (
        <Alert tone="warning" role="alert" title={t('admin.jitsi.trialTitle')}>
          <p data-testid="jitsi-warning">{t('admin.jitsi.trialWarning')}</p>
          {/* meet.jit.si's own terms for calls embedded in other sites; a course cannot run on them. */}
          <p data-testid="jitsi-trial-limits">{t('admin.jitsi.trialLimits')}</p>
        </Alert>
      )}
      <p className="muted">
        {settings.domain
          ? tRich('admin.jitsi.currentDomain', { domain: settings.domain, b: (chunks) => <strong>{chunks}</strong> })
          : tRich('admin.jitsi.noDomain', { b: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <StatusMessage message={message} />
      <JitsiForm key={saved.version} saved={settings} onSaved={onSaved} onSaving={() => setMessage('')} />
      <JitsiConnectionTest />
    </>
  );
}
