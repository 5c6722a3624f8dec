import type { GradingView } from '@lti-rooms/contracts';
import { ResourceView } from '../components/ResourceView';
import { t } from '../i18n';
import { useGrading } from './attendance-api';
import { GradingForm } from './GradingForm';

/** The room's grading rule and whether each course can receive grades (owners and co-editors). */
export function GradingTab({ roomId }: { roomId: string }) {
  const grading = useGrading(roomId);
  return (
    <>
      <h2>{t('attendance.grading.tab')}</h2>
      <ResourceView resource={grading} loadingLabel={t('attendance.grading.loading')} errorTitle={t('attendance.grading.loadError')}>
        {(view: GradingView) => <GradingForm roomId={roomId} initial={view} />}
      </ResourceView>
    </>
  );
}
