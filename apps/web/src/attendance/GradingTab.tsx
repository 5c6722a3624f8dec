import type { GradingSettingsBody, GradingView } from '@lti-rooms/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch, type Path, type UseFormRegister } from 'react-hook-form';
import type { ApiRequestError } from '../api/client';
import { toApiRequestError } from '../api/use-async-action';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { errorMessageAt, placeServerFieldErrors, summaryItems } from '../components/form-errors';
import { FormErrorSummary } from '../components/FormErrorSummary';
import { ResourceView } from '../components/ResourceView';
import { t, type MessageId } from '../i18n';
import { WORDED_ISSUES } from '../text/field-error-text';
import { Button, Field, StatusMessage } from '../ui';
import { saveGrading, useGrading } from './attendance-api';
import { GRADING_FORM_PATHS, GRADING_NUMBER_FIELDS, gradingFormSchema, gradingFormValues, gradingSummaryFields, type GradingFormValues } from './grading-form';

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

export function GradingForm({ roomId, view }: { roomId: string; view: GradingView }) {
  const [channels, setChannels] = useState(view.channels);
  const form = useForm<GradingFormValues, unknown, GradingSettingsBody>({ resolver: zodResolver(gradingFormSchema, WORDED_ISSUES), defaultValues: gradingFormValues(view.settings) });
  const { register, handleSubmit, formState, setError, reset, control } = form;
  const { errors, isSubmitting } = formState;
  const [enabled, kind] = useWatch({ control, name: ['enabled', 'rule.kind'] });
  const [failure, setFailure] = useState<ApiRequestError | null>(null);
  const [message, setMessage] = useState('');

  const submit = handleSubmit(async (settings) => {
    setFailure(null);
    setMessage('');
    try {
      const saved = await saveGrading(roomId, settings);
      reset(gradingFormValues(saved.settings));
      setChannels(saved.channels);
      setMessage(t('attendance.grading.saved'));
    } catch (caught) {
      const error = toApiRequestError(caught);
      const unplaced = placeServerFieldErrors(error, (path) => GRADING_FORM_PATHS.has(path), (path, text, first) =>
        setError(path as Path<GradingFormValues>, { type: 'server', message: text }, { shouldFocus: first }),
      );
      if (unplaced) setFailure(error);
    }
  });

  const numberField = (field: keyof typeof GRADING_NUMBER_FIELDS) => <NumberField field={field} register={register} error={errorMessageAt(errors, GRADING_NUMBER_FIELDS[field].name)} />;

  return (
    <form onSubmit={submit} noValidate data-testid="grading-form">
      <FormErrorSummary items={summaryItems(errors, gradingSummaryFields())} />
      <StatusMessage message={message} />
      {failure && <ApiErrorAlert error={failure} title={t('attendance.grading.saveError')} />}
      <div className="switch-row">
        <input type="checkbox" role="switch" id="grading-enabled" className="switch" {...register('enabled')} />
        <label htmlFor="grading-enabled">{t('attendance.grading.enabled')}</label>
      </div>
      <fieldset className="field" disabled={!enabled}>
        <legend className="field-label">{t('attendance.grading.rule.legend')}</legend>
        {RULES.map(({ kind: ruleKind, label }) => (
          <div className="choice-inline" key={ruleKind}>
            <input type="radio" id={`grading-rule-${ruleKind}`} value={ruleKind} {...register('rule.kind')} />
            <label htmlFor={`grading-rule-${ruleKind}`}>{t(label)}</label>
          </div>
        ))}
        {kind === 'minimumMinutes' && numberField('minutes')}
        {kind === 'minimumPercent' && numberField('percent')}
      </fieldset>
      <fieldset className="field" disabled={!enabled}>
        <legend className="field-label">{t('attendance.grading.aggregation.legend')}</legend>
        {(['perSession', 'average'] as const).map((aggregation) => (
          <div className="choice-inline" key={aggregation}>
            <input type="radio" id={`grading-aggregation-${aggregation}`} value={aggregation} {...register('aggregation')} />
            <label htmlFor={`grading-aggregation-${aggregation}`}>{t(`attendance.grading.aggregation.${aggregation}`)}</label>
          </div>
        ))}
      </fieldset>
      {enabled && numberField('maxScore')}
      <h3>{t('attendance.grading.courses')}</h3>
      {channels.length === 0 ? (
        <p className="muted">{t('attendance.grading.noCourses')}</p>
      ) : (
        <ul className="plain-list" data-testid="grade-services">
          {channels.map((channel) => (
            <li key={channel.channelId} data-grade-service={channel.gradeService}>
              {t(SERVICE[channel.gradeService], { course: channel.title })}
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <Button type="submit" aria-disabled={isSubmitting || undefined}>
          {t('roomForms.form.save')}
        </Button>
      </div>
    </form>
  );
}

interface NumberFieldProps {
  field: keyof typeof GRADING_NUMBER_FIELDS;
  register: UseFormRegister<GradingFormValues>;
  error: string | undefined;
}

/** A whole number within the domain's limits, which its hint states. */
function NumberField({ field, register, error }: NumberFieldProps) {
  const { name, id, label, limits } = GRADING_NUMBER_FIELDS[field];
  const range = t('attendance.grading.range', { ...limits });
  const hint = field === 'minutes' ? `${range} ${t('attendance.grading.minutesHint')}` : range;
  return (
    <Field id={id} label={t(label)} required hint={hint} error={error}>
      {(control) => <input type="number" inputMode="numeric" step={1} min={limits.min} max={limits.max} className="input-short" {...control} {...register(name, { valueAsNumber: true })} />}
    </Field>
  );
}
