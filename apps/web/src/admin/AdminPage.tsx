import type { MeResponse } from '@lti-rooms/contracts';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMe } from '../api/me';
import { appNavigation } from '../components/AppNavigation';
import { PageResourceView } from '../components/ResourceView';
import { t } from '../i18n';
import { Page, Tabs, type TabDefinition } from '../ui';
import { NotAdministratorAlert } from './AdminResourceView';
import { AuditLogTab } from './AuditLogTab';
import { JitsiTab } from './jitsi/JitsiTab';
import { PlatformsTab } from './PlatformsTab';
import { RecentLaunchesTab } from './RecentLaunchesTab';
import { RoleMappingTab } from './role-mapping/RoleMappingTab';
import { SettingsTab } from './settings/SettingsTab';
import { TemplatesTab } from './templates/TemplatesTab';

/** Each section has its own address (/admin/<id>), so a section can be linked to and reloaded. */
function sections(): readonly TabDefinition[] {
  return [
    { id: 'platforms', label: t('admin.section.platforms'), render: () => <PlatformsTab /> },
    { id: 'settings', label: t('admin.section.settings'), render: () => <SettingsTab /> },
    { id: 'templates', label: t('admin.section.templates'), render: () => <TemplatesTab /> },
    { id: 'role-mapping', label: t('admin.section.roleMapping'), render: () => <RoleMappingTab /> },
    { id: 'jitsi', label: t('admin.section.jitsi'), render: () => <JitsiTab /> },
    { id: 'launches', label: t('admin.section.launches'), render: () => <RecentLaunchesTab /> },
    { id: 'audit', label: t('admin.section.audit'), render: () => <AuditLogTab /> },
  ];
}

/** The account's administration: for users who launched with an institution or system Administrator role. */
export function AdminPage() {
  const me = useMe();
  return (
    <PageResourceView resource={me} loadingLabel={t('admin.page.loading')} errorTitle={t('admin.page.loadError')}>
      {(data) => <AdminView me={data} />}
    </PageResourceView>
  );
}

function AdminView({ me }: { me: MeResponse }) {
  const { section } = useParams<{ section: string }>();
  const navigate = useNavigate();
  const tabs = sections();
  const breadcrumb = me.channel ? (
    <Link to={`/channels/${encodeURIComponent(me.channel.id)}`}>{me.channel.title}</Link>
  ) : (
    <Link to="/my-rooms">{t('admin.page.myRooms')}</Link>
  );

  return (
    <Page
      title={t('admin.page.title')}
      subtitle={<span>{t('admin.page.subtitle', { account: me.account.name })}</span>}
      breadcrumb={breadcrumb}
      navigation={appNavigation(me)}
    >
      {/* The client only hides what the server refuses: every /api/admin call answers 403 too. */}
      {me.isAdministrator ? (
        <Tabs
          label={t('admin.page.title')}
          tabs={tabs}
          selectedId={section ?? tabs[0].id}
          onSelect={(id) => navigate(`/admin/${id}`, { replace: true })}
        />
      ) : (
        <NotAdministratorAlert />
      )}
    </Page>
  );
}
