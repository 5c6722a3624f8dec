import type { ReactNode } from 'react';
import type { ApiResource } from '../api/use-api-resource';
import { ResourceView } from '../components/ResourceView';
import { Alert } from '../ui';

export const NOT_ADMINISTRATOR_MESSAGE = "You are not an administrator of this LMS's LTI Rooms account.";

/** What a non-administrator sees instead of an admin section. */
export function NotAdministratorAlert() {
  return (
    <Alert tone="warning" title={NOT_ADMINISTRATOR_MESSAGE}>
      <p>Administration is open to people who launch LTI Rooms with an institution or system Administrator role in their LMS.</p>
    </Alert>
  );
}

interface AdminResourceViewProps<T> {
  resource: ApiResource<T>;
  loadingLabel: string;
  errorTitle: string;
  children: (data: T, reload: () => void) => ReactNode;
}

/** ResourceView for /api/admin: a 403 means "not an administrator", said in those words. */
export function AdminResourceView<T>(props: AdminResourceViewProps<T>) {
  if (props.resource.status === 'error' && props.resource.error.status === 403) return <NotAdministratorAlert />;
  return <ResourceView {...props} />;
}
