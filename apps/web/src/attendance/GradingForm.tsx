import type { GradingSettingsBody, GradingView } from '@lti-rooms/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import type { ApiRequestError } from '../api/client';
import { toApiRequestError } from '../api/use-async-action';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { errorMessageAt, placeServerFieldErrors, summaryItems } from '../components/form-errors';
import { FormErrorSummary } from '../components/FormErrorSummary';
import { t } from '../i18n';
import { WORDED_ISSUES } from '../text/field-error-text';
import { Button, Field, StatusMessage } from '../ui';
import { saveGrading } from './attendance-api';
import { GradeServiceList } from './GradeServiceList';
import {
  aggregationLabel, GRADING_AGGREGATIONS, GRADING_FORM_PATHS, GRADING_RULE_KINDS, gradingFieldId, gradingFormSchema, gradingFormValues, gradingSummaryFields,
  numberFieldHint, ruleLabel, type GradingFormValues,
} from './grading-form';

/** Turns grading on or off and sets the rule, the gradebook columns and the maximum score. */
export function GradingForm({ roomId, initial }: { roomId: string; initial: GradingView }) {
  const [channels, setChannels] = useState(initial.channels);
  const form = useForm<GradingFormValues, unknown, GradingSettingsBody>({ resolver: zodResolver(gradingFormSchema, WORDED_ISSUES), defaultValues: gradingFormValues(initial.settings) });
  const { register, handleSubmit, formState, setError, reset, control } = form;
  const { errors, isSubmitting } = formState;
  const kind = useWatch({ control, name: 'rule.kind' });
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

  const numberField = (name: 'rule.minutes' | 'rule.percent' | 'maxScore', label: string) => (
    <Field id={gradingFieldId(name)} label={label} required hint={numberFieldHint(name)} error={errorMessageAt(errors, name)}>
      {(controlProps) => <input type="number" step={1} inputMode="numeric" className="input-short" {...controlProps} {...register(name, { valueAsNumber: true })} />}
    </Field>
  );

  return (
    <form noValidate onSubmit={submit} aria-describedby="grading-intro">
      <p id="grading-intro" className="muted">
        {t('attendance.grading.intro')}
      </p>
      <FormErrorSummary items={summaryItems(errors, gradingSummaryFields())} />
      {failure && <ApiErrorAlert error={failure} title={t('attendance.grading.saveError')} />}
      <StatusMessage message={message} />

      <div className="switch-row">
        <input type="checkbox" role="switch" id={gradingFieldId('enabled')} className="switch" {...register('enabled')} />
        <label htmlFor={gradingFieldId('enabled')}>{t('attendance.grading.enabled')}</label>
      </div>

      <fieldset className="field">
        <legend className="field-label">{t('attendance.grading.rule')}</legend>
        {GRADING_RULE_KINDS.map((ruleKind) => (
          <div className="choice-inline" key={ruleKind}>
            <input type="radio" id={gradingFieldId(`rule.kind.${ruleKind}`)} value={ruleKind} {...register('rule.kind')} />
            <label htmlFor={gradingFieldId(`rule.kind.${ruleKind}`)}>{ruleLabel(ruleKind)}</label>
          </div>
        ))}
      </fieldset>
      {kind === 'minimumMinutes' && numberField('rule.minutes', t('attendance.grading.minutes'))}
      {kind === 'minimumPercent' && numberField('rule.percent', t('attendance.grading.percent'))}

      <fieldset className="field">
        <legend className="field-label">{t('attendance.grading.aggregation')}</legend>
        {GRADING_AGGREGATIONS.map((aggregation) => (
          <div className="choice-inline" key={aggregation}>
            <input type="radio" id={gradingFieldId(`aggregation.${aggregation}`)} value={aggregation} {...register('aggregation')} />
            <label htmlFor={gradingFieldId(`aggregation.${aggregation}`)}>{aggregationLabel(aggregation)}</label>
          </div>
        ))}
      </fieldset>
      {numberField('maxScore', t('attendance.grading.maxScore'))}

      <div className="form-actions">
        <Button type="submit" disabled={isSubmitting}>
          {t('roomForms.form.save')}
        </Button>
      </div>
      <GradeServiceList channels={channels} />
    </form>
  );
}
