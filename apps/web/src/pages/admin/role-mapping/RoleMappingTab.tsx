import { useRoleMapping, type RoleMapping } from '../../../api/admin';
import { Badge } from '../../../ui';
import { channelRoleLabel } from '../../channel-role-label';
import { AdminResourceView } from '../AdminResourceView';
import { RoleMappingForm } from './RoleMappingForm';

/** How LTI roles become channel roles: the defaults, and this account's overrides. */
export function RoleMappingTab() {
  const mapping = useRoleMapping();
  return (
    <>
      <h2>Role mapping</h2>
      <AdminResourceView resource={mapping} loadingLabel="Loading the role mapping…" errorTitle="The role mapping could not be loaded">
        {(data) => (
          <>
            <DefaultMappingTable defaults={data.defaults} />
            <RoleMappingForm initial={data.overrides} />
          </>
        )}
      </AdminResourceView>
    </>
  );
}

function DefaultMappingTable({ defaults }: { defaults: RoleMapping['defaults'] }) {
  return (
    <div className="table-scroll admin-section">
      <table className="data-table" data-testid="default-role-mapping">
        <caption>Default mapping</caption>
        <thead>
          <tr>
            <th scope="col">LTI roles</th>
            <th scope="col">Channel role</th>
            <th scope="col">May</th>
          </tr>
        </thead>
        <tbody>
          {defaults.map((row) => (
            <tr key={row.ltiRoles}>
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
