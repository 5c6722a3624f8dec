import { useId } from 'react';
import { peopleIn, stageBadge } from './stage-people';
import type { StageView } from './stage-state';
import { t } from '../i18n';
import { Badge } from '../ui';

/** Who is on stage, for everyone in the session; it changes live as people go up and down. */
export function StageStrip({ stage }: { stage: StageView }) {
  const headingId = useId();
  const onStage = peopleIn(stage, 'on-stage');
  return (
    <section className="stage-strip" aria-labelledby={headingId}>
      <h2 id={headingId} className="stage-strip-title">
        {t('stage.strip.title')}
      </h2>
      {onStage.length === 0 ? (
        <p className="muted">{t('stage.nobodyOnStage')}</p>
      ) : (
        <ul className="stage-strip-list">
          {onStage.map((person) => {
            const badge = stageBadge(person);
            return (
              <li key={person.userId}>
                {person.name}
                {badge && (
                  <>
                    {' '}
                    <Badge tone="accent">{badge}</Badge>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
