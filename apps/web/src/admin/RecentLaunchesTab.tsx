import type { RecentLaunches } from '@lti-rooms/contracts';
import { RECENT_LAUNCHES_KEPT } from '@lti-rooms/domain';
import { useMemo } from 'react';
import { browserZone } from '../rooms/time-frame';
import { channelRoleLabel } from '../rooms/channel-role-label';
import { t } from '../i18n';
import { Badge, Button } from '../ui';
import { useRecentLaunches } from './admin-api';
import { formatWhen, ITEM_SEPARATOR, SPACE } from './admin-format';
import { AdminResourceView } from './AdminResourceView';
import { launchMechanismLabel, launchMessageTypeLabel, launchOutcomeLabel } from './launch-text';

/** The account's latest launches, opened and refused: what to look at when someone says "it does not open". */
export function RecentLaunchesTab() {
  const launches = useRecentLaunches();
  const zone = useMemo(browserZone, []);
  return (
    <>
      <h2>{t('admin.section.launches')}</h2>
      <AdminResourceView resource={launches} loadingLabel={t('admin.launches.loading')} errorTitle={t('admin.launches.loadError')}>
        {(data, reload) => (
          <>
            <div className="admin-toolbar">
              <p className="small muted">{t('admin.launches.intro', { kept: RECENT_LAUNCHES_KEPT, zone })}</p>
              <Button variant="secondary" onClick={reload}>
                {t('admin.common.refresh')}
              </Button>
            </div>
            {data.launches.length === 0 ? <p className="muted">{t('admin.launches.none')}</p> : <LaunchList launches={data.launches} zone={zone} />}
          </>
        )}
      </AdminResourceView>
    </>
  );
}

function LaunchList({ launches, zone }: { launches: RecentLaunches['launches']; zone: string }) {
  return (
    <ol className="audit-list" data-testid="recent-launches" aria-label={t('admin.launches.listLabel')}>
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
              <Badge tone={outcome.refused ? 'warning' : 'success'}>{outcome.text}</Badge>
              {SPACE}
              {outcome.refused && (
                <>
                  <code>{launch.outcome}</code>
                  {SPACE}
                </>
              )}
              <span className="break-anywhere">{details.join(ITEM_SEPARATOR)}</span>
            </p>
            <p className="small muted">
              <time dateTime={launch.at}>{formatWhen(launch.at, zone)}</time>
              {launch.deploymentId && (
                <span className="break-anywhere">
                  {ITEM_SEPARATOR}
                  {t('admin.launches.deployment', { id: launch.deploymentId })}
                </span>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
