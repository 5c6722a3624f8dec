import type { MeResponse } from '@lti-rooms/contracts';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMe } from '../api/me';
import { appNavigation } from '../components/AppNavigation';
import { PageResourceView } from '../components/ResourceView';
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
const SECTIONS: readonly TabDefinition[] = [
  { id: 'platforms', label: 'Platforms', render: () => <PlatformsTab /> },
  { id: 'settings', label: 'Account settings', render: () => <SettingsTab /> },
  { id: 'templates', label: 'Templates', render: () => <TemplatesTab /> },
  { id: 'role-mapping', label: 'Role mapping', render: () => <RoleMappingTab /> },
  { id: 'jitsi', label: 'Jitsi', render: () => <JitsiTab /> },
  { id: 'launches', label: 'Recent launches', render: () => <RecentLaunchesTab /> },
  { id: 'audit', label: 'Audit log', render: () => <AuditLogTab /> },
];

/** The account's administration: for users who launched with an institution or system Administrator role. */
export function AdminPage() {
  const me = useMe();
  return (
    <PageResourceView resource={me} loadingLabel="Loading administration…" errorTitle="Administration could not be loaded">
      {(data) => <AdminView me={data} />}
    </PageResourceView>
  );
}

function AdminView({ me }: { me: MeResponse }) {
  const { section } = useParams<{ section: string }>();
  const navigate = useNavigate();
  const breadcrumb = me.channel ? (
    <Link to={`/channels/${encodeURIComponent(me.channel.id)}`}>{me.channel.title}</Link>
  ) : (
    <Link to="/my-rooms">My Rooms</Link>
  );

  return (
    <Page
      title="Administration"
      subtitle={<span>LTI Rooms account of {me.account.name}</span>}
      breadcrumb={breadcrumb}
      navigation={appNavigation(me)}
    >
      {/* The client only hides what the server refuses: every /api/admin call answers 403 too. */}
      {me.isAdministrator ? (
        <Tabs
          label="Administration"
          tabs={SECTIONS}
          selectedId={section ?? SECTIONS[0].id}
          onSelect={(id) => navigate(`/admin/${id}`, { replace: true })}
        />
      ) : (
        <NotAdministratorAlert />
      )}
    </Page>
  );
}
