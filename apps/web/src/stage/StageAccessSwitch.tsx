import { STAGE_ACCESS_MODES, type StageAccessMode } from '@lti-rooms/domain';
import { useId } from 'react';
import { t } from '../i18n';

interface StageAccessSwitchProps {
  mode: StageAccessMode;
  onChange: (mode: StageAccessMode) => void;
}

/** The session's stage access (SPEC "Panel mode"), set by hosts and moderators as it runs. */
export function StageAccessSwitch({ mode, onChange }: StageAccessSwitchProps) {
  const id = useId();
  return (
    <fieldset className="stage-access" role="radiogroup" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`} className="field-label">
        {t('stage.access.legend')}
      </legend>
      <div className="stage-access-options">
        {STAGE_ACCESS_MODES.map((value) => (
          <div key={value} className="choice-inline">
            <input type="radio" id={`${id}-${value}`} name={`${id}-stage-access`} value={value} checked={mode === value} onChange={() => onChange(value)} />
            <label htmlFor={`${id}-${value}`}>{t('stage.access.mode', { mode: value })}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
