import type { AdminSettings, AdminSettingsBody } from '@lti-rooms/contracts';
import { ROOM_MODES } from '@lti-rooms/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, type Path, type UseFormRegisterReturn } from 'react-hook-form';
import { saveAdminSettings, useAdminSettings } from '../admin-api';
import type { ApiRequestError } from '../../api/client';
import { toApiRequestError } from '../../api/use-async-action';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { placeServerFieldErrors, summaryItems } from '../../components/form-errors';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { t } from '../../i18n';
import { Button, Field, FieldError, StatusMessage, type FieldControlProps } from '../../ui';
import { modeLabel } from '../admin-format';
import { AdminResourceView } from '../AdminResourceView';
import {
  CAP_FIELDS, capHint, capLabel, NUMBER_FIELDS, numberHint, numberLabel, SETTINGS_FORM_PATHS, settingsFieldId, settingsFormSchema, settingsSummaryFields,
  toSettingsBody,
} from './settings-form';
import { WORDED_ISSUES } from '../../text/field-error-text';

/** Account-wide settings: room modes, caps within the licence, and the defaults new rooms get. */
export function SettingsTab() {
  const settings = useAdminSettings();
  return (
    <>
      <h2>{t('admin.section.settings')}</h2>
      <AdminResourceView resource={settings} loadingLabel={t('admin.settings.loading')} errorTitle={t('admin.settings.loadError')}>
        {(data) => <SettingsForm initial={data} />}
      </AdminResourceView>
    </>
  );
}

function SettingsForm({ initial }: { initial: AdminSettings }) {
  const { licence } = initial;
  const schema = useMemo(() => settingsFormSchema(licence), [licence]);
  const form = useForm<AdminSettingsBody>({ resolver: zodResolver(schema, WORDED_ISSUES), defaultValues: toSettingsBody(initial) });
  const { register, handleSubmit, formState, setError, reset } = form;
  const { errors, isSubmitting } = formState;
  const [failure, setFailure] = useState<ApiRequestError | null>(null);
  const [message, setMessage] = useState('');
  const modesError = errors.enabledModes?.message;

  const submit = handleSubmit(async (body) => {
    setFailure(null);
    setMessage('');
    try {
      const saved = await saveAdminSettings(body);
      reset(toSettingsBody(saved));
      setMessage(t('admin.settings.saved'));
    } catch (caught) {
      const error = toApiRequestError(caught);
      const unplaced = placeServerFieldErrors(error, (path) => SETTINGS_FORM_PATHS.has(path), (path, text, first) =>
        setError(path as Path<AdminSettingsBody>, { type: 'server', message: text }, { shouldFocus: first }),
      );
      if (unplaced) setFailure(error);
    }
  });

  return (
    <form noValidate onSubmit={submit} aria-describedby="settings-note">
      <p id="settings-note" className="muted">
        {t('admin.settings.note')}
      </p>
      <FormErrorSummary items={summaryItems(errors, settingsSummaryFields())} />
      {failure && <ApiErrorAlert error={failure} title={t('admin.settings.saveError')} />}
      <StatusMessage message={message} />

      <fieldset className="field" aria-describedby={modesError ? 'settings-enabledModes-error' : undefined}>
        <legend className="field-label">{t('admin.settings.enabledModes')}</legend>
        {modesError && <FieldError id="settings-enabledModes-error">{modesError}</FieldError>}
        <div className="choice-row">
          {ROOM_MODES.map((mode) => (
            <div className="choice-inline" key={mode}>
              <input type="checkbox" id={settingsFieldId(`enabledModes.${mode}`)} value={mode} aria-invalid={Boolean(modesError)} {...register('enabledModes')} />
              <label htmlFor={settingsFieldId(`enabledModes.${mode}`)}>{modeLabel(mode)}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <Field id={settingsFieldId('defaultMode')} label={t('admin.settings.defaultMode')}
        hint={t('admin.settings.defaultModeHint')}
        error={errors.defaultMode?.message}>
        {(control) => (
          <select {...control} {...register('defaultMode')}>
            {ROOM_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {modeLabel(mode)}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset className="field">
        <legend className="field-label">{t('admin.settings.caps')}</legend>
        <div className="caps-grid">
          {CAP_FIELDS.map(({ key }) => (
            <Field
              key={key}
              id={settingsFieldId(`caps.${key}`)}
              label={capLabel(key)}
              required
              error={errors.caps?.[key]?.message}
              hint={capHint(key, licence)}
            >
              {(control) => <NumberInput control={control} max={licence[key]} min={1} registered={register(`caps.${key}`, { valueAsNumber: true })} />}
            </Field>
          ))}
        </div>
      </fieldset>

      {NUMBER_FIELDS.map((key) => (
        <Field key={key} id={settingsFieldId(key)} label={numberLabel(key)} required error={errors[key]?.message} hint={numberHint(key)}>
          {(control) => <NumberInput control={control} registered={register(key, { valueAsNumber: true })} />}
        </Field>
      ))}

      <div className="form-actions">
        <Button type="submit" disabled={isSubmitting}>
          {t('admin.settings.save')}
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

interface NumberInputProps {
  control: FieldControlProps;
  registered: UseFormRegisterReturn;
  min?: number;
  max?: number;
}

function NumberInput({ control, registered, min, max }: NumberInputProps) {
  return <input type="number" step={1} min={min} max={max} inputMode="numeric" className="input-short" {...control} {...registered} />;
}
