import type { StageCommandBody } from '@lti-rooms/contracts';
import type { StageAccessMode } from '@lti-rooms/domain';
import { useId, useState } from 'react';
import type { MeetingProblem } from '../meetings/meeting-page-state';
import { participantsPanelLists, seatsTaken } from './stage-people';
import type { StageView } from './stage-state';
import { t } from '../i18n';
import { ConfirmDialog, StatusMessage } from '../ui';
import { StageAccessSwitch } from './StageAccessSwitch';
import { StagePeopleList } from './StagePeopleList';

interface ParticipantsPanelProps {
  stage: StageView;
  myUserId: string;
  command: (command: StageCommandBody) => Promise<MeetingProblem | null>;
}

/**
 * Hosts' and moderators' view of the stage (SPEC "Panel mode"): who is on it, who asks,
 * and the audience to invite from; the access mode; the server's refusals in words.
 */
export function ParticipantsPanel({ stage, myUserId, command }: ParticipantsPanelProps) {
  const headingId = useId();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [pendingMode, setPendingMode] = useState<StageAccessMode | null>(null);
  const [status, setStatus] = useState('');
  const lists = participantsPanelLists(stage, search);

  async function send(body: StageCommandBody, key: string) {
    setBusy((now) => new Set(now).add(key));
    setStatus('');
    const problem = await command(body);
    setBusy((now) => {
      const next = new Set(now);
      next.delete(key);
      return next;
    });
    if (problem) setStatus(problem.message);
    return problem;
  }

  // Taking something from a person (the stage, moderator rights) is asked first; giving is not.
  const [asking, setAsking] = useState<{ body: StageCommandBody; question: string; detail: string; confirmLabel: string } | null>(null);
  const named = (userId: string) => {
    const name = stage.participants[userId]?.name;
    return { named: name ? 'yes' : 'no', name: name ?? '' };
  };
  const run = (body: StageCommandBody) => void send(body, 'targetUserId' in body ? body.targetUserId : '');
  const onPersonCommand = (body: StageCommandBody) => {
    if (body.type === 'removeFromStage') {
      setAsking({
        body,
        question: t('stage.panel.removeFromStageQuestion', named(body.targetUserId)),
        detail: t('stage.panel.removeFromStageDetail'),
        confirmLabel: t('stage.panel.removeFromStageConfirm'),
      });
    } else if (body.type === 'setModerator' && !body.moderator) {
      setAsking({
        body,
        question: t('stage.panel.removeModeratorQuestion', named(body.targetUserId)),
        detail: t('stage.panel.removeModeratorDetail'),
        confirmLabel: t('stage.panel.removeModeratorConfirm'),
      });
    } else {
      run(body);
    }
  };
  const onModeChange = (mode: StageAccessMode) => {
    setPendingMode(mode);
    void send({ type: 'setAccessMode', mode }, 'access-mode').then(() => setPendingMode(null));
  };
  const common = { myUserId, busyUserIds: busy, onCommand: onPersonCommand };

  return (
    <section className="participants-panel panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('stage.panel.title')}</h2>
      {asking && (
        <ConfirmDialog
          title={asking.question}
          confirmLabel={asking.confirmLabel}
          danger
          onConfirm={() => {
            run(asking.body);
            setAsking(null);
          }}
          onCancel={() => setAsking(null)}
        >
          <p>{asking.detail}</p>
        </ConfirmDialog>
      )}
      <StageAccessSwitch mode={pendingMode ?? stage.accessMode} onChange={onModeChange} />
      <StatusMessage message={status} className="stage-panel-status" />
      <StagePeopleList
        title={t('stage.panel.onStageTitle', { taken: seatsTaken(stage), cap: stage.cap })}
        people={lists.onStage}
        empty={t('stage.nobodyOnStage')}
        {...common}
      />
      <StagePeopleList title={t('stage.panel.requestsTitle')} people={lists.requests} empty={t('stage.panel.requestsEmpty')} {...common} />
      <StagePeopleList
        title={t('stage.panel.viewersTitle')}
        people={lists.viewers}
        empty={lists.viewerCount === 0 ? t('stage.panel.viewersEmpty') : t('stage.panel.viewersNoMatch', { search: search.trim() })}
        {...common}
      >
        <div className="field stage-search">
          <label htmlFor={searchId} className="field-label">
            {t('stage.panel.searchViewers')}
          </label>
          <input id={searchId} type="search" value={search} onChange={(event) => setSearch(event.target.value)} autoComplete="off" />
        </div>
      </StagePeopleList>
    </section>
  );
}
