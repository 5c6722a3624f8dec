import type { ReactNode } from 'react';
import type { ApiResource } from '../api/use-api-resource';
import { Loading, Page } from '../ui';
import { ApiErrorAlert } from './ApiErrorAlert';
import { PageErrorView } from './PageErrorView';

interface ResourceViewProps<T> {
  resource: ApiResource<T>;
  /** E.g. "Loading the rooms…". */
  loadingLabel: string;
  /** E.g. "The rooms could not be loaded". */
  errorTitle: string;
  children: (data: T, reload: () => void) => ReactNode;
}

/** A part of a page that loads on its own: spinner, error with retry, or the content. */
export function ResourceView<T>({ resource, loadingLabel, errorTitle, children }: ResourceViewProps<T>) {
  switch (resource.status) {
    case 'loading':
      return <Loading label={loadingLabel} />;
    case 'error':
      return <ApiErrorAlert error={resource.error} title={errorTitle} onRetry={resource.retry} />;
    case 'success':
      return <>{children(resource.data, resource.reload)}</>;
  }
}

/** A whole page that cannot show anything before its data arrives. */
export function PageResourceView<T>({ resource, loadingLabel, children }: ResourceViewProps<T>) {
  switch (resource.status) {
    case 'loading':
      return (
        <Page title={loadingLabel.replace(/…$/, '')}>
          <Loading label={loadingLabel} />
        </Page>
      );
    case 'error':
      // A 401 also flips the app to the no-session screen; this covers everything else.
      return <PageErrorView error={resource.error} onRetry={resource.retry} />;
    case 'success':
      return <>{children(resource.data, resource.reload)}</>;
  }
}
