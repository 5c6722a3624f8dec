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
import { startingLocale } from './boot/starting-locale';
import { activateLocale, I18nProvider } from './i18n';
import './ui/styles.css';
import './ui/forms.css';
import './ui/admin.css';
import './ui/meetings.css';

// Order matters: the token leaves the address bar before any component, router or
// third-party script can read, log or copy the URL.
captureLaunchTokenFromUrl();
const launchStep = readEmbeddedLaunchStep();
// Worded in the page's language, so read once that language is on.
const readLaunchError = () => readEmbeddedLaunchError() ?? (launchStep === 'unreadable' ? genericLaunchError() : null);
const signedIn = readLaunchError() === null && !launchStep;

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The first paint is in the reader's language: a switch after it would flash English and
// re-render the whole app (and a meeting's video with it).
void startingLocale({ signedIn })
  .then(activateLocale)
  .catch(() => undefined)
  .finally(() => {
    createRoot(container).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <I18nProvider>
            <App launchError={readLaunchError()} launchStep={launchStep === 'unreadable' ? null : launchStep} />
          </I18nProvider>
        </QueryClientProvider>
      </StrictMode>,
    );
  });
