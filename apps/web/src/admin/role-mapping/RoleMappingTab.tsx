import { LIS_INSTITUTION, LIS_MEMBERSHIP, LIS_SYSTEM } from '@lti-rooms/domain';
import { useRoleMapping } from '../admin-api';
import { formatList, t } from '../../i18n';
import { Badge } from '../../ui';
import { channelRoleLabel } from '../../rooms/channel-role-label';
import { AdminResourceView } from '../AdminResourceView';
import { RoleMappingForm } from './RoleMappingForm';

/** How LTI roles become channel roles: the defaults, and this account's overrides. */
export function RoleMappingTab() {
  const mapping = useRoleMapping();
  return (
    <>
      <h2>{t('admin.section.roleMapping')}</h2>
      <AdminResourceView resource={mapping} loadingLabel={t('admin.roleMapping.loading')} errorTitle={t('admin.roleMapping.loadError')}>
        {(data) => (
          <>
            <DefaultMappingTable />
            <RoleMappingForm initial={data.overrides} />
          </>
        )}
      </AdminResourceView>
    </>
  );
}

/** The domain's default mapping (role-mapping.ts), as administrators read it; LTI role names stay as LTI spells them. */
function defaultMapping() {
  const uris = { membership: LIS_MEMBERSHIP, institution: LIS_INSTITUTION, system: LIS_SYSTEM };
  return [
    { id: 'manager', ltiRoles: t('admin.roleMapping.default.managerRoles', uris), channelRole: 'manager' as const, note: t('admin.roleMapping.default.managerMay') },
    { id: 'assistant', ltiRoles: t('admin.roleMapping.default.assistantRoles'), channelRole: 'moderator' as const, note: t('admin.roleMapping.default.assistantMay') },
    { id: 'learner', ltiRoles: formatList(['Learner', 'Member']), channelRole: 'participant' as const, note: t('admin.roleMapping.default.learnerMay') },
    { id: 'other', ltiRoles: t('admin.roleMapping.default.otherRoles'), channelRole: 'participant' as const, note: t('admin.roleMapping.default.otherMay') },
  ];
}

function DefaultMappingTable() {
  return (
    <div className="table-scroll admin-section">
      <table className="data-table" data-testid="default-role-mapping">
        <caption>{t('admin.roleMapping.defaultCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.roleMapping.ltiRoles')}</th>
            <th scope="col">{t('admin.roleMapping.channelRole')}</th>
            <th scope="col">{t('admin.roleMapping.may')}</th>
          </tr>
        </thead>
        <tbody>
          {defaultMapping().map((row) => (
            <tr key={row.id}>
              <th scope="row" className="break-anywhere">
                {row.ltiRoles}
              </th>
              <td>
                <Badge tone="accent">{channelRoleLabel(row.channelRole)}</Badge>
              </td>
              <td>{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
