import { roleMappingBodySchema } from '@lti-rooms/contracts';
import { CHANNEL_ROLES, LIS_MEMBERSHIP } from '@lti-rooms/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm, type Path } from 'react-hook-form';
import { saveRoleMapping, type RoleMappingOverride } from '../admin-api';
import type { ApiRequestError } from '../../api/client';
import { toApiRequestError } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { placeServerFieldErrors, summaryItems, type SummaryField } from '../../components/form-errors';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { t } from '../../i18n';
import { Button, Field, StatusMessage } from '../../ui';
import { channelRoleLabel } from '../../rooms/channel-role-label';
import { WORDED_ISSUES } from '../../text/field-error-text';

interface RoleMappingValues {
  overrides: RoleMappingOverride[];
}

/** The server refuses a role mapped twice; saying so before the round trip is kinder. */
const formSchema = roleMappingBodySchema.superRefine(({ overrides }, ctx) => {
  const seen = new Set<string>();
  overrides.forEach(({ ltiRole }, index) => {
    if (seen.has(ltiRole)) ctx.addIssue({ code: 'custom', path: ['overrides', index, 'ltiRole'], message: t('admin.roleMapping.mappedTwice') });
    seen.add(ltiRole);
  });
});

const rowId = (index: number, field: 'ltiRole' | 'channelRole') => `override-${index}-${field}`;

/** Overrides as editable rows: an LTI role (URI or short name) and the channel role it gets. */
export function RoleMappingForm({ initial }: { initial: RoleMappingOverride[] }) {
  const form = useForm<RoleMappingValues>({ resolver: zodResolver(formSchema, WORDED_ISSUES), defaultValues: { overrides: initial } });
  const { register, control, handleSubmit, formState, setError, reset } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'overrides' });
  const { errors, isSubmitting } = formState;
  const [failure, setFailure] = useState<ApiRequestError | null>(null);
  const [message, setMessage] = useState('');

  const summaryFields: SummaryField[] = [
    { name: 'overrides', id: 'add-override', label: t('admin.roleMapping.overrides') },
    ...fields.flatMap((_, index) => [
      { name: `overrides.${index}.ltiRole`, id: rowId(index, 'ltiRole'), label: t('admin.roleMapping.overrideLtiRole', { number: index + 1 }) },
      { name: `overrides.${index}.channelRole`, id: rowId(index, 'channelRole'), label: t('admin.roleMapping.overrideChannelRole', { number: index + 1 }) },
    ]),
  ];

  const submit = handleSubmit(async ({ overrides }) => {
    setFailure(null);
    setMessage('');
    try {
      const saved = await saveRoleMapping(overrides);
      reset({ overrides: saved.overrides });
      setMessage(t('admin.roleMapping.saved'));
    } catch (caught) {
      const error = toApiRequestError(caught);
      const known = new Set(summaryFields.map((field) => field.name));
      const unplaced = placeServerFieldErrors(error, (path) => known.has(path), (path, text, first) =>
        setError(path as Path<RoleMappingValues>, { type: 'server', message: text }, { shouldFocus: first }),
      );
      if (unplaced) setFailure(error);
    }
  });

  function addOverride() {
    append({ ltiRole: '', channelRole: 'participant' }, { shouldFocus: true });
  }

  function removeOverride(index: number) {
    remove(index);
    setMessage(t('admin.roleMapping.overrideRemoved', { number: index + 1 }));
    // The pressed button is gone: keep keyboard focus in the form.
    requestAnimationFrame(() => document.getElementById('add-override')?.focus());
  }

  return (
    <section aria-labelledby="overrides-heading" className="admin-section">
      <h3 id="overrides-heading">{t('admin.roleMapping.overridesHeading')}</h3>
      <p id="overrides-hint" className="field-hint">
        {t('admin.roleMapping.overridesHint')}
      </p>
      <form noValidate onSubmit={submit} aria-describedby="overrides-hint">
        <FormErrorSummary items={summaryItems(errors, summaryFields)} />
        {failure && <ApiErrorAlert error={failure} title={t('admin.roleMapping.saveError')} />}
        <StatusMessage message={message} />
        {fields.length === 0 && <p className="muted">{t('admin.roleMapping.noOverrides')}</p>}
        {fields.map((field, index) => (
          <fieldset key={field.id} className="override-row" data-testid="role-override">
            <legend className="visually-hidden">{t('admin.roleMapping.override', { number: index + 1 })}</legend>
            <Field
              id={rowId(index, 'ltiRole')}
              label={t('admin.roleMapping.ltiRole')}
              required
              hint={t('admin.roleMapping.ltiRoleHint', { uri: `${LIS_MEMBERSHIP}#Mentor`, shortName: 'Mentor' })}
              error={errors.overrides?.[index]?.ltiRole?.message}
            >
              {(control) => <input type="text" autoComplete="off" spellCheck={false} {...control} {...register(`overrides.${index}.ltiRole`)} />}
            </Field>
            <Field id={rowId(index, 'channelRole')} label={t('admin.roleMapping.channelRole')} error={errors.overrides?.[index]?.channelRole?.message}>
              {(control) => (
                <select {...control} {...register(`overrides.${index}.channelRole`)}>
                  {CHANNEL_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {channelRoleLabel(role)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Button
              variant="secondary"
              className="override-remove"
              onClick={() => removeOverride(index)}
              aria-label={t('admin.roleMapping.removeOverride', { number: index + 1 })}
            >
              {t('admin.roleMapping.remove')}
            </Button>
          </fieldset>
        ))}
        <div className="form-actions">
          <Button id="add-override" variant="secondary" onClick={addOverride}>
            {t('admin.roleMapping.add')}
          </Button>
          <Button type="submit" disabled={isSubmitting}>
            {t('admin.roleMapping.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
