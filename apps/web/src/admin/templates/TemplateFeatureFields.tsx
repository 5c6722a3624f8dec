import type { TemplateBody } from '@lti-rooms/contracts';
import { STAGE_ACCESS_MODES, type ModeLimits, type RoomMode } from '@lti-rooms/domain';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { t } from '../../i18n';
import { Field, FieldError } from '../../ui';
import { stageAccessLabel } from '../admin-format';
import { FEATURE_SWITCHES, featureLabel, templateFieldId } from './template-form';

interface TemplateFeatureFieldsProps {
  register: UseFormRegister<TemplateBody>;
  errors: FieldErrors<TemplateBody>;
  baseMode: RoomMode;
  /** The licence's ceiling for the base mode: templates may go up to it, past the account's caps. */
  limits: ModeLimits;
}

/** The switches, the panel stage default and the caps of a custom template. */
export function TemplateFeatureFields({ register, errors, baseMode, limits }: TemplateFeatureFieldsProps) {
  const featureErrors = errors.features;
  return (
    <>
      <fieldset className="field">
        <legend className="field-label">{t('admin.templateForm.features')}</legend>
        <div className="feature-grid">
          {FEATURE_SWITCHES.map((key) => {
            const id = templateFieldId(`features.${key}`);
            const error = featureErrors?.[key]?.message;
            return (
              <div className="choice-inline" key={key}>
                <input type="checkbox" id={id} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} {...register(`features.${key}`)} />
                <label htmlFor={id}>{featureLabel(key)}</label>
                {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
              </div>
            );
          })}
        </div>
      </fieldset>
      <Field
        id={templateFieldId('features.stageAccessDefault')}
        label={t('admin.templateForm.stageAccessDefault')}
        hint={t('admin.templateForm.stageAccessDefaultHint')}
        error={featureErrors?.stageAccessDefault?.message}
      >
        {(control) => (
          <select {...control} {...register('features.stageAccessDefault')}>
            {STAGE_ACCESS_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {stageAccessLabel(mode)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        <Field
          id={templateFieldId('features.cameraOnCap')}
          label={t('admin.templateForm.cameraOnCap')}
          required
          error={featureErrors?.cameraOnCap?.message}
          hint={t('admin.templateForm.cameraOnCapHint', { mode: baseMode, max: limits.cameraOn })}
        >
          {(control) => (
            <input type="number" min={1} max={limits.cameraOn} step={1} inputMode="numeric" className="input-short" {...control} {...register('features.cameraOnCap', { valueAsNumber: true })} />
          )}
        </Field>
        <Field
          id={templateFieldId('features.totalCap')}
          label={t('admin.templateForm.totalCap')}
          required
          error={featureErrors?.totalCap?.message}
          hint={t('admin.templateForm.totalCapHint', { max: limits.total })}
        >
          {(control) => (
            <input type="number" min={1} max={limits.total} step={1} inputMode="numeric" className="input-short" {...control} {...register('features.totalCap', { valueAsNumber: true })} />
          )}
        </Field>
      </div>
    </>
  );
}
