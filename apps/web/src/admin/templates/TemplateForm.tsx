import type { AdminSettings, TemplateBody } from '@lti-rooms/contracts';
import { defaultFeaturesFor, limitsFor, ROOM_MODES, type RoomMode } from '@lti-rooms/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch, type Path } from 'react-hook-form';
import { createTemplate, updateTemplate, type Template, type TemplateList } from '../admin-api';
import type { ApiRequestError } from '../../api/client';
import { toApiRequestError } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { placeServerFieldErrors, summaryItems } from '../../components/form-errors';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { t } from '../../i18n';
import { Button, Field } from '../../ui';
import { modeLabel } from '../admin-format';
import { TemplateFeatureFields } from './TemplateFeatureFields';
import { newTemplateValues, TEMPLATE_FORM_PATHS, templateFieldId, templateFormSchema, templateSummaryFields, templateValues } from './template-form';
import { WORDED_ISSUES } from '../../text/field-error-text';

interface TemplateFormProps {
  /** null: the "New template" form. */
  template: Template | null;
  settings: AdminSettings;
  onSaved: (list: TemplateList, message: string) => void;
  onCancel: () => void;
}

/** Create or change a custom template: a base mode plus feature switches and caps within the licence. */
export function TemplateForm({ template, settings, onSaved, onCancel }: TemplateFormProps) {
  const schema = useMemo(() => templateFormSchema(settings.licence), [settings.licence]);
  const defaultValues = useMemo(() => (template ? templateValues(template) : newTemplateValues(settings)), [template, settings]);
  const form = useForm<TemplateBody>({ resolver: zodResolver(schema, WORDED_ISSUES), defaultValues });
  const { register, handleSubmit, formState, setError, setValue, control } = form;
  const { errors, isSubmitting, dirtyFields } = formState;
  const baseMode = useWatch({ control, name: 'baseMode' });
  const [failure, setFailure] = useState<ApiRequestError | null>(null);
  const heading = template ? t('admin.templateForm.editHeading', { name: template.name }) : t('admin.templateForm.newHeading');

  const submit = handleSubmit(async (body) => {
    setFailure(null);
    try {
      const list = template ? await updateTemplate(template.id, body) : await createTemplate(body);
      onSaved(list, template ? t('admin.templateForm.saved', { name: body.name }) : t('admin.templateForm.created', { name: body.name }));
    } catch (caught) {
      const error = toApiRequestError(caught);
      const unplaced = placeServerFieldErrors(error, (path) => TEMPLATE_FORM_PATHS.has(path), (path, text, first) =>
        setError(path as Path<TemplateBody>, { type: 'server', message: text }, { shouldFocus: first }),
      );
      if (unplaced) setFailure(error);
    }
  });

  // A new template whose features nobody touched follows its base mode's usual features.
  function onBaseModeChange(mode: RoomMode) {
    if (template || dirtyFields.features) return;
    setValue('features', defaultFeaturesFor(mode, settings.caps));
  }

  return (
    <section aria-labelledby="template-form-heading" className="admin-section" data-testid="template-form">
      <h3 id="template-form-heading" tabIndex={-1}>
        {heading}
      </h3>
      <form noValidate onSubmit={submit}>
        <FormErrorSummary items={summaryItems(errors, templateSummaryFields())} />
        {failure && <ApiErrorAlert error={failure} title={t('admin.templateForm.saveError')} />}
        <Field id={templateFieldId('name')} label={t('admin.templateForm.name')}
          required
          error={errors.name?.message}
          hint={t('admin.templateForm.nameHint')}
         >
          {(control) => <input type="text" maxLength={120} autoComplete="off" {...control} {...register('name')} />}
        </Field>
        <Field id={templateFieldId('baseMode')} label={t('admin.templateForm.baseMode')} error={errors.baseMode?.message}>
          {(control) => (
            <select {...control} {...register('baseMode', { onChange: (event) => onBaseModeChange(event.target.value as RoomMode) })}>
              {ROOM_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {modeLabel(mode)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TemplateFeatureFields register={register} errors={errors} baseMode={baseMode} limits={limitsFor(baseMode, settings.licence)} />
        <div className="form-actions">
          <Button type="submit" disabled={isSubmitting}>
            {template ? t('admin.templateForm.save') : t('admin.templateForm.create')}
          </Button>
          {template && (
            <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
              {t('admin.common.cancel')}
            </Button>
          )}
          {isSubmitting && (
            <span role="status" className="muted">
              {t('admin.common.saving')}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
