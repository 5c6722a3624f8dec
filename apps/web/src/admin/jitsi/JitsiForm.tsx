import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { saveJitsiSettings, type JitsiSettings } from '../admin-api';
import type { ApiRequestError } from '../../api/client';
import { toApiRequestError } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { placeServerFieldErrors, summaryItems } from '../../components/form-errors';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { t } from '../../i18n';
import { Button, FieldError } from '../../ui';
import {
  deploymentOptions, formPathFor, jitsiFieldId, jitsiFormSchema, jitsiFormValues, jitsiSummaryFields, keepsStoredSecret, parseJitsiBody,
  type JitsiFormValues,
} from './jitsi-form';
import { JaasFields, SelfHostedFields } from './JitsiKindFields';
import { WORDED_ISSUES } from '../../text/field-error-text';

interface JitsiFormProps {
  saved: JitsiSettings;
  onSaved: (settings: JitsiSettings) => void;
  /** Called as a save starts, so the page can clear its last "saved" message. */
  onSaving: () => void;
}

/** The deployment choice and its credentials. Secrets are write-only: never shown, never prefilled. */
export function JitsiForm({ saved, onSaved, onSaving }: JitsiFormProps) {
  const schema = useMemo(() => jitsiFormSchema(saved), [saved]);
  const form = useForm<JitsiFormValues>({ resolver: zodResolver(schema, WORDED_ISSUES), defaultValues: jitsiFormValues(saved) });
  const { register, handleSubmit, formState, setError, control } = form;
  const { errors, isSubmitting } = formState;
  const kind = useWatch({ control, name: 'kind' });
  const [failure, setFailure] = useState<ApiRequestError | null>(null);
  const kindError = errors.kind?.message;
  const fieldProps = { register, errors, keepsSecret: keepsStoredSecret(saved, kind) };

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    onSaving();
    try {
      onSaved(await saveJitsiSettings(parseJitsiBody(values)));
    } catch (caught) {
      const error = toApiRequestError(caught);
      const unplaced = placeServerFieldErrors(error, (path) => formPathFor(values.kind, path) !== null, (path, text, first) =>
        setError(formPathFor(values.kind, path) ?? 'kind', { type: 'server', message: text }, { shouldFocus: first }),
      );
      if (unplaced) setFailure(error);
    }
  });

  return (
    <form noValidate onSubmit={submit} autoComplete="off" className="admin-section">
      <FormErrorSummary items={summaryItems(errors, jitsiSummaryFields())} />
      {failure && <ApiErrorAlert error={failure} title={t('admin.jitsi.saveError')} />}
      <fieldset className="field" aria-describedby={kindError ? `${jitsiFieldId('kind')}-error` : undefined}>
        <legend className="field-label">{t('admin.jitsi.deployment')}</legend>
        {kindError && <FieldError id={`${jitsiFieldId('kind')}-error`}>{kindError}</FieldError>}
        <div className="choice-cards">
          {deploymentOptions().map((option) => {
            const id = `${jitsiFieldId('kind')}-${option.kind}`;
            return (
              <div className="choice-card" key={option.kind}>
                <input type="radio" id={id} value={option.kind} aria-describedby={`${id}-description`} {...register('kind')} />
                <div>
                  <label htmlFor={id} className="choice-label">
                    {option.label}
                  </label>
                  <p id={`${id}-description`} className="choice-description">
                    {option.description}
                  </p>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
      {kind === 'self-hosted' && <SelfHostedFields {...fieldProps} />}
      {kind === 'jaas' && <JaasFields {...fieldProps} />}
      <div className="form-actions">
        <Button type="submit" disabled={isSubmitting}>
          {t('admin.jitsi.save')}
        </Button>
        {isSubmitting && (
          <span role="status" className="muted">
            {t('admin.common.saving')}
          </span>
        )}
      </div>
    </form>
  );
}
