// First: configures zod before any schema is built or run.
import './boot/zod-jitless';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/query-client';
import { App } from './App';
import { genericLaunchError, readEmbeddedLaunchError } from './boot/embedded-launch-error';
import { readEmbeddedLaunchStep } from './boot/embedded-launch-step';
import { captureLaunchTokenFromUrl } from './boot/launch-token';
import './ui/styles.css';
import './ui/forms.css';
import './ui/admin.css';
import './ui/meetings.css';

// Order matters: the token leaves the address bar before any component, router or
// third-party script can read, log or copy the URL.
captureLaunchTokenFromUrl();
const launchStep = readEmbeddedLaunchStep();
const launchError = readEmbeddedLaunchError() ?? (launchStep === 'unreadable' ? genericLaunchError() : null);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App launchError={launchError} launchStep={launchStep === 'unreadable' ? null : launchStep} />
    </QueryClientProvider>
  </StrictMode>,
);
