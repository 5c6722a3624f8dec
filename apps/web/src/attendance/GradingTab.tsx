import type { GradingSettingsBody, GradingView } from '@lti-rooms/contracts';
import { GRADING_LIMITS } from '@lti-rooms/domain';
import { useState, type FormEvent } from 'react';
import { useAsyncAction } from '../api/use-async-action';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { ResourceView } from '../components/ResourceView';
import { t, type MessageId } from '../i18n';
import { Button, StatusMessage } from '../ui';
import { saveGrading, useGrading } from './attendance-api';

type RuleKind = GradingSettingsBody['rule']['kind'];
const RULES: readonly { kind: RuleKind; label: MessageId }[] = [
  { kind: 'minimumMinutes', label: 'attendance.grading.rule.minimumMinutes' },
  { kind: 'minimumPercent', label: 'attendance.grading.rule.minimumPercent' },
  { kind: 'proportional', label: 'attendance.grading.rule.proportional' },
];
const SERVICE: Record<GradingView['channels'][number]['gradeService'], MessageId> = {
  ready: 'attendance.grading.service.ready',
  missing: 'attendance.grading.service.missing',
  scopeMissing: 'attendance.grading.service.scopeMissing',
};

/** The room's grading: on or off, the rule, the gradebook columns and the maximum score (owners and co-editors). */
export function GradingTab({ roomId }: { roomId: string }) {
  const grading = useGrading(roomId);
  return (
    <>
      <h2>{t('attendance.grading.tab')}</h2>
      <p className="muted">{t('attendance.grading.intro')}</p>
      <ResourceView resource={grading} loadingLabel={t('attendance.grading.loading')} errorTitle={t('attendance.grading.loadError')}>
        {(view) => <GradingForm roomId={roomId} view={view} />}
      </ResourceView>
    </>
  );
}

function GradingForm({ roomId, view }: { roomId: string; view: GradingView }) {
  const [settings, setSettings] = useState(view.settings);
  const [threshold, setThreshold] = useState({
    minutes: view.settings.rule.kind === 'minimumMinutes' ? view.settings.rule.minutes : 60,
    percent: view.settings.rule.kind === 'minimumPercent' ? view.settings.rule.percent : 75,
  });
  const [channels, setChannels] = useState(view.channels);
  const [message, setMessage] = useState('');
  const save = useAsyncAction((body: GradingSettingsBody) => saveGrading(roomId, body));
  const rule = (kind: RuleKind): GradingSettingsBody['rule'] =>
    kind === 'minimumMinutes' ? { kind, minutes: threshold.minutes } : kind === 'minimumPercent' ? { kind, percent: threshold.percent } : { kind };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.pending) return;
    setMessage('');
    const saved = await save.run({ ...settings, rule: rule(settings.rule.kind) });
    if (!saved) return;
    setSettings(saved.settings);
    setChannels(saved.channels);
    setMessage(t('attendance.grading.saved'));
  }

  const number = (id: string, label: MessageId, value: number, limits: { min: number; max: number }, onChange: (n: number) => void, hint?: MessageId) => (
    <div className="field">
      <label className="field-label" htmlFor={id}>{t(label)}</label>
      <input id={id} type="number" inputMode="numeric" min={limits.min} max={limits.max} step={1} value={Number.isNaN(value) ? '' : value} aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.valueAsNumber)} />
      <span id={`${id}-hint`} className="small muted">{[t('attendance.grading.range', limits), hint ? t(hint) : ''].filter(Boolean).join(' ')}</span>
    </div>
  );

  return (
    <form onSubmit={onSubmit} noValidate data-testid="grading-form">
      <StatusMessage message={message} />
      {save.error && <ApiErrorAlert error={save.error} title={t('attendance.grading.saveError')} />}
      <div className="switch-row">
        <input type="checkbox" role="switch" id="grading-enabled" className="switch" checked={settings.enabled} onChange={(event) => setSettings({ ...settings, enabled: event.target.checked })} />
        <label htmlFor="grading-enabled">{t('attendance.grading.enabled')}</label>
      </div>
      <fieldset className="field" disabled={!settings.enabled}>
        <legend className="field-label">{t('attendance.grading.rule.legend')}</legend>
        {RULES.map(({ kind, label }) => (
          <div className="choice-inline" key={kind}>
            <input type="radio" name="grading-rule" id={`grading-rule-${kind}`} checked={settings.rule.kind === kind} onChange={() => setSettings({ ...settings, rule: rule(kind) })} />
            <label htmlFor={`grading-rule-${kind}`}>{t(label)}</label>
          </div>
        ))}
        {settings.rule.kind === 'minimumMinutes' &&
          number('grading-minutes', 'attendance.grading.minutes', threshold.minutes, GRADING_LIMITS.minutes, (minutes) => setThreshold({ ...threshold, minutes }), 'attendance.grading.minutesHint')}
        {settings.rule.kind === 'minimumPercent' &&
          number('grading-percent', 'attendance.grading.percent', threshold.percent, GRADING_LIMITS.percent, (percent) => setThreshold({ ...threshold, percent }))}
      </fieldset>
      <fieldset className="field" disabled={!settings.enabled}>
        <legend className="field-label">{t('attendance.grading.aggregation.legend')}</legend>
        {(['perSession', 'average'] as const).map((aggregation) => (
          <div className="choice-inline" key={aggregation}>
            <input type="radio" name="grading-aggregation" id={`grading-aggregation-${aggregation}`} checked={settings.aggregation === aggregation} onChange={() => setSettings({ ...settings, aggregation })} />
            <label htmlFor={`grading-aggregation-${aggregation}`}>{t(`attendance.grading.aggregation.${aggregation}`)}</label>
          </div>
        ))}
      </fieldset>
      {settings.enabled && number('grading-max-score', 'attendance.grading.maxScore', settings.maxScore, GRADING_LIMITS.maxScore, (maxScore) => setSettings({ ...settings, maxScore }))}
      <h3>{t('attendance.grading.courses')}</h3>
      {channels.length === 0 ? (
        <p className="muted">{t('attendance.grading.noCourses')}</p>
      ) : (
        <ul className="plain-list" data-testid="grade-services">
          {channels.map((channel) => (
            <li key={channel.channelId} data-grade-service={channel.gradeService}>{t(SERVICE[channel.gradeService], { course: channel.title })}</li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <Button type="submit" aria-disabled={save.pending || undefined}>
          {t('roomForms.form.save')}
        </Button>
      </div>
    </form>
  );
}
