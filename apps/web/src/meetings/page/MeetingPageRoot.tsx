import type { ReactNode } from 'react';
import { t } from '../../i18n';
import { Loading, Page } from '../../ui';

// Light on purpose: the app's main bundle imports the fallback, not the meeting page itself.

/** The element browser tests find the meeting page by; `data-state` says which view shows. */
export function MeetingPageRoot({ state, children }: { state: string; children: ReactNode }) {
  return (
    <div data-testid="meeting-page" data-state={state}>
      {children}
    </div>
  );
}

export function MeetingPageLoading() {
  return (
    <Page title={t('meetings.opening.title')}>
      <Loading label={t('meetings.opening.loading')} />
    </Page>
  );
}

/** The lazy route's fallback while the meeting page's code downloads. */
export function MeetingPageFallback() {
  return (
    <MeetingPageRoot state="connecting">
      <MeetingPageLoading />
    </MeetingPageRoot>
  );
}
