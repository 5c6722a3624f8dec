import { useState } from 'react';
import { useJitsiSettings, type JitsiSettings } from '../admin-api';
import { Alert, StatusMessage } from '../../ui';
import { AdminResourceView } from '../AdminResourceView';
import { JitsiConnectionTest } from './JitsiConnectionTest';
import { JitsiForm } from './JitsiForm';

const PUBLIC_JITSI_WARNING = 'Public meet.jit.si is for trials only: it cannot enforce moderator rights or panel roles, and anyone who guesses a room name may join.';
// meet.jit.si's own terms for calls embedded in other sites; a course cannot run on them.
const PUBLIC_JITSI_LIMITS =
  'It also limits embedded calls: they end after about 5 minutes, and creating a room there asks for a login. Use a self-hosted Jitsi or 8x8 JaaS for real courses.';

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
      {settings.publicTrial && (
        <Alert tone="warning" role="alert" title="Trial deployment">
          <p data-testid="jitsi-warning">{PUBLIC_JITSI_WARNING}</p>
          <p data-testid="jitsi-trial-limits">{PUBLIC_JITSI_LIMITS}</p>
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
