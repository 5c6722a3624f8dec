import type { ReactNode } from 'react';
import type { ApiResource } from '../api/use-api-resource';
import { ResourceView } from '../components/ResourceView';
import { t } from '../i18n';
import { Alert } from '../ui';

/** What a non-administrator sees instead of an admin section. */
export function NotAdministratorAlert() {
  return (
    <Alert tone="warning" title={t('admin.notAdministrator.title')}>
      <p>{t('admin.notAdministrator.detail')}</p>
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
