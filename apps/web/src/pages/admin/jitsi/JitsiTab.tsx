import { useState } from 'react';
import { useJitsiSettings, type JitsiSettings } from '../../../api/admin';
import { Alert, StatusMessage } from '../../../ui';
import { AdminResourceView } from '../AdminResourceView';
import { JitsiConnectionTest } from './JitsiConnectionTest';
import { JitsiForm } from './JitsiForm';

/** The account's Jitsi deployment: public (trial), self-hosted with tokens, or 8x8 JaaS. */
export function JitsiTab() {
  const jitsi = useJitsiSettings();
  return (
    <>
      <h2>Jitsi</h2>
      <AdminResourceView resource={jitsi} loadingLabel="Loading the Jitsi settings…" errorTitle="The Jitsi settings could not be loaded">
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
    setMessage('Jitsi settings saved');
  }

  return (
    <>
      {settings.warning && (
        <Alert tone="warning" role="alert" title="Trial deployment">
          <p data-testid="jitsi-warning">{settings.warning}</p>
        </Alert>
      )}
      <p className="muted">
        Meetings currently use <strong>{settings.domain ?? 'no domain'}</strong>.
      </p>
      <StatusMessage message={message} />
      <JitsiForm key={saved.version} saved={settings} onSaved={onSaved} onSaving={() => setMessage('')} />
      <JitsiConnectionTest />
    </>
  );
}
