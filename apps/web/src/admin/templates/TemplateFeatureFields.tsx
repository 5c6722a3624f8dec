import type { TemplateBody } from '@lti-rooms/contracts';
import { STAGE_ACCESS_MODES, type ModeLimits, type RoomMode } from '@lti-rooms/domain';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field, FieldError } from '../../ui';
import { STAGE_ACCESS_LABELS } from '../admin-format';
import { FEATURE_SWITCHES, templateFieldId } from './template-form';

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
        <legend className="field-label">Features</legend>
        <div className="feature-grid">
          {FEATURE_SWITCHES.map(({ key, label }) => {
            const id = templateFieldId(`features.${key}`);
            const error = featureErrors?.[key]?.message;
            return (
              <div className="choice-inline" key={key}>
                <input type="checkbox" id={id} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} {...register(`features.${key}`)} />
                <label htmlFor={id}>{label}</label>
                {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
              </div>
            );
          })}
        </div>
      </fieldset>
      <Field
        id={templateFieldId('features.stageAccessDefault')}
        label="Stage access default"
        hint="Panel rooms: how viewers reach the stage when a session starts. Hosts can change it during the session."
        error={featureErrors?.stageAccessDefault?.message}
      >
        {(control) => (
          <select {...control} {...register('features.stageAccessDefault')}>
            {STAGE_ACCESS_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {STAGE_ACCESS_LABELS[mode]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        <Field
          id={templateFieldId('features.cameraOnCap')}
          label="Camera-on cap"
          required
          error={featureErrors?.cameraOnCap?.message}
          hint={`${baseMode === 'panel' ? 'Stage seats.' : 'How many may have their camera on.'} Your licence allows up to ${limits.cameraOn}.`}
        >
          {(control) => (
            <input type="number" min={1} max={limits.cameraOn} step={1} inputMode="numeric" className="input-short" {...control} {...register('features.cameraOnCap', { valueAsNumber: true })} />
          )}
        </Field>
        <Field
          id={templateFieldId('features.totalCap')}
          label="Total cap"
          required
          error={featureErrors?.totalCap?.message}
          hint={`Everyone in the room. Your licence allows up to ${limits.total}.`}
        >
          {(control) => (
            <input type="number" min={1} max={limits.total} step={1} inputMode="numeric" className="input-short" {...control} {...register('features.totalCap', { valueAsNumber: true })} />
          )}
        </Field>
      </div>
    </>
  );
}
