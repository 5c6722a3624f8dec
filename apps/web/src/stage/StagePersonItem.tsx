import type { StageCommandBody, StageParticipantBody } from '@lti-rooms/contracts';
import { hostStageActions } from './stage-actions';
import { stageBadge } from './stage-people';
import { t } from '../i18n';
import { Badge, Button } from '../ui';

interface StagePersonItemProps {
  person: StageParticipantBody;
  myUserId: string;
  /** Whether a command about this person is on its way: their buttons wait. */
  busy: boolean;
  onCommand: (command: StageCommandBody) => void;
}

/** One person in the participants panel: name, marks, and what a host may do about them. */
export function StagePersonItem({ person, myUserId, busy, onCommand }: StagePersonItemProps) {
  const badge = stageBadge(person);
  const actions = hostStageActions(person, myUserId);
  return (
    <li className="stage-person">
      <span className="stage-person-name">
        {person.name}
        {person.userId === myUserId && <span className="muted"> {t('stage.person.you')}</span>}
      </span>
      {badge && <Badge tone="accent">{badge}</Badge>}
      {person.position === 'invited' && <Badge tone="warning">{t('stage.person.invited')}</Badge>}
      {person.role === 'observer' && <Badge>{t('stage.person.observer')}</Badge>}
      {actions.length > 0 && (
        <span className="stage-person-actions">
          {actions.map((action) => (
            <Button
              key={action.command.type}
              variant="secondary"
              className="button-small"
              aria-label={action.name}
              aria-disabled={busy || undefined}
              onClick={() => !busy && onCommand(action.command)}
            >
              {action.label}
            </Button>
          ))}
        </span>
      )}
    </li>
  );
}
