import { LIS_INSTITUTION, LIS_MEMBERSHIP, LIS_SYSTEM } from '@lti-rooms/domain';
import { useRoleMapping } from '../admin-api';
import { Badge } from '../../ui';
import { channelRoleLabel } from '../../rooms/channel-role-label';
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
            <DefaultMappingTable />
            <RoleMappingForm initial={data.overrides} />
          </>
        )}
      </AdminResourceView>
    </>
  );
}

/** The domain's default mapping (role-mapping.ts), as administrators read it. */
const DEFAULT_MAPPING = [
  { ltiRoles: `Instructor, ContentDeveloper, context Administrator (${LIS_MEMBERSHIP}#…), institution/system Administrator (${LIS_INSTITUTION}#Administrator, ${LIS_SYSTEM}#Administrator)`, channelRole: 'manager' as const, note: 'Creates rooms; co-editor and moderator of every room in the course' },
  { ltiRoles: 'Instructor#TeachingAssistant (wins over a plain Instructor sent with it)', channelRole: 'moderator' as const, note: 'Starts, runs and ends sessions; no editing' },
  { ltiRoles: 'Learner, Member', channelRole: 'participant' as const, note: 'Joins open rooms' },
  { ltiRoles: 'Mentor, Observer, anything else', channelRole: 'participant' as const, note: 'Joins open rooms; never on stage by default in panel rooms' },
];

function DefaultMappingTable() {
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
          {DEFAULT_MAPPING.map((row) => (
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
