import type { RecentLaunches } from '@lti-rooms/contracts';
import { RECENT_LAUNCHES_KEPT } from '@lti-rooms/domain';
import { useMemo } from 'react';
import { browserZone } from '../rooms/time-frame';
import { channelRoleLabel } from '../rooms/channel-role-label';
import { Badge, Button } from '../ui';
import { useRecentLaunches } from './admin-api';
import { formatWhen } from './admin-format';
import { AdminResourceView } from './AdminResourceView';
import { launchMechanismLabel, launchMessageTypeLabel, launchOutcomeLabel } from './launch-text';

/** The account's latest launches, opened and refused: what to look at when someone says "it does not open". */
export function RecentLaunchesTab() {
  const launches = useRecentLaunches();
  const zone = useMemo(browserZone, []);
  return (
    <>
      <h2>Recent launches</h2>
      <AdminResourceView resource={launches} loadingLabel="Loading recent launches…" errorTitle="Recent launches could not be loaded">
        {(data, reload) => (
          <>
            <div className="admin-toolbar">
              <p className="small muted">The latest {RECENT_LAUNCHES_KEPT} launches from this LMS, newest first. Times are shown in your time zone, {zone}.</p>
              <Button variant="secondary" onClick={reload}>
                Refresh
              </Button>
            </div>
            {data.launches.length === 0 ? <p className="muted">No launch yet.</p> : <LaunchList launches={data.launches} zone={zone} />}
          </>
        )}
      </AdminResourceView>
    </>
  );
}

function LaunchList({ launches, zone }: { launches: RecentLaunches['launches']; zone: string }) {
  return (
    <ol className="audit-list" data-testid="recent-launches" aria-label="Launches from this LMS, newest first">
      {launches.map((launch, index) => {
        const outcome = launchOutcomeLabel(launch.outcome);
        const details = [
          launch.userName,
          launch.channelRole && channelRoleLabel(launch.channelRole),
          launchMessageTypeLabel(launch.messageType),
          launchMechanismLabel(launch.mechanism),
        ].filter(Boolean);
        return (
          <li key={`${launch.at}-${index}`} className="audit-entry" data-testid="recent-launch" data-outcome={launch.outcome}>
            <p className="audit-what">
              <Badge tone={outcome.refused ? 'warning' : 'success'}>{outcome.text}</Badge>{' '}
              {outcome.refused && <code>{launch.outcome}</code>} <span className="break-anywhere">{details.join(' · ')}</span>
            </p>
            <p className="small muted">
              <time dateTime={launch.at}>{formatWhen(launch.at, zone)}</time>
              {launch.deploymentId && <span className="break-anywhere"> · deployment {launch.deploymentId}</span>}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
