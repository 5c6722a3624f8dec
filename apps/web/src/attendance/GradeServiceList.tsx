import type { GradingView } from '@lti-rooms/contracts';
import { t } from '../i18n';

type GradeServiceState = GradingView['channels'][number]['gradeService'];

function gradeServiceText(state: GradeServiceState): string {
  switch (state) {
    case 'ready':
      return t('attendance.grading.service.ready');
    case 'missing':
      return t('attendance.grading.service.missing');
    case 'scopeMissing':
      return t('attendance.grading.service.scopeMissing');
  }
}

/** Per course the room is in: can its gradebook receive grades, and if not, what to ask of the LMS. */
export function GradeServiceList({ channels }: { channels: GradingView['channels'] }) {
  return (
    <section aria-labelledby="grading-courses-heading">
      <h3 id="grading-courses-heading">{t('attendance.grading.courses')}</h3>
      {channels.length === 0 ? (
        <p className="muted">{t('attendance.grading.noCourses')}</p>
      ) : (
        <ul>
          {channels.map((channel) => (
            <li key={channel.channelId} data-testid="grading-channel" data-channel-id={channel.channelId} data-grade-service={channel.gradeService}>
              <strong>{t('attendance.grades.course', { course: channel.title })}</strong> {gradeServiceText(channel.gradeService)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
