import { AccountSettings, isWholeNumberWithin, NumericSetting, SETTING_RANGES } from './account-settings';
import { FieldProblem } from './problem';
import { ROOM_CAP_KEYS, RoomCaps } from './room-caps';
import { limitsFor, RoomTemplate } from './room-mode';

export type AccountSettingsProblemCode =
  | 'NO_MODE_ENABLED'
  | 'DEFAULT_MODE_NOT_ENABLED'
  | 'CAP_OUT_OF_RANGE'
  | 'CAMERA_CAP_EXCEEDS_TOTAL'
  | 'SETTING_OUT_OF_RANGE'
  | 'TEMPLATE_NAME_REQUIRED'
  | 'TEMPLATE_ID_DUPLICATE'
  | 'TEMPLATE_CAP_OUT_OF_RANGE';
export type AccountSettingsProblem = FieldProblem<AccountSettingsProblemCode>;

const NUMERIC_SETTINGS = Object.keys(SETTING_RANGES) as NumericSetting[];

function capProblem(field: string, value: number, licenceMax: number): AccountSettingsProblem[] {
  return isWholeNumberWithin(value, { min: 1, max: licenceMax }) ? [] : [{ code: 'CAP_OUT_OF_RANGE', field, limit: licenceMax }];
}

function templateProblems(template: RoomTemplate, index: number, settings: AccountSettings, seenIds: Set<string>): AccountSettingsProblem[] {
  const at = `templates.${index}`;
  const problems: AccountSettingsProblem[] = [];
  if (template.name.trim() === '') problems.push({ code: 'TEMPLATE_NAME_REQUIRED', field: `${at}.name` });
  if (seenIds.has(template.id)) problems.push({ code: 'TEMPLATE_ID_DUPLICATE', field: `${at}.id` });
  seenIds.add(template.id);
  problems.push(...templateCapProblems(template, settings.licence).map((p) => ({ ...p, field: `${at}.${p.field}` })));
  return problems;
}

/**
 * A template's caps: within the licence of its base mode, cameras within the total. SPEC
 * "Custom templates": "within the licence" — not within the account's caps, so one
 * big-event template can use what the licence allows while ordinary rooms stay smaller.
 */
export function templateCapProblems(template: Pick<RoomTemplate, 'baseMode' | 'features'>, licence: RoomCaps): AccountSettingsProblem[] {
  const problems: AccountSettingsProblem[] = [];
  const ceiling = limitsFor(template.baseMode, licence);
  const { cameraOnCap, totalCap } = template.features;
  for (const [key, value, max] of [['cameraOnCap', cameraOnCap, ceiling.cameraOn], ['totalCap', totalCap, ceiling.total]] as const) {
    if (!isWholeNumberWithin(value, { min: 1, max })) problems.push({ code: 'TEMPLATE_CAP_OUT_OF_RANGE', field: `features.${key}`, limit: max });
  }
  if (cameraOnCap > totalCap) problems.push({ code: 'CAMERA_CAP_EXCEEDS_TOTAL', field: 'features.cameraOnCap', limit: totalCap });
  return problems;
}

/**
 * What is wrong with settings an administrator is about to save; [] when none.
 * withDefaults would quietly repair most of these on reading; saving them is refused
 * so the administrator learns why their change would not take effect.
 */
export function validateAccountSettings(settings: AccountSettings): AccountSettingsProblem[] {
  const problems: AccountSettingsProblem[] = [];
  if (settings.enabledModes.length === 0) problems.push({ code: 'NO_MODE_ENABLED', field: 'enabledModes' });
  else if (!settings.enabledModes.includes(settings.defaultMode)) problems.push({ code: 'DEFAULT_MODE_NOT_ENABLED', field: 'defaultMode' });

  for (const key of ROOM_CAP_KEYS) problems.push(...capProblem(`caps.${key}`, settings.caps[key], settings.licence[key]));
  const { caps } = settings;
  if (caps.interactiveCameraOn > caps.interactiveTotal) {
    problems.push({ code: 'CAMERA_CAP_EXCEEDS_TOTAL', field: 'caps.interactiveCameraOn', limit: caps.interactiveTotal });
  }
  if (caps.panelStage > caps.panelTotal) problems.push({ code: 'CAMERA_CAP_EXCEEDS_TOTAL', field: 'caps.panelStage', limit: caps.panelTotal });

  for (const key of NUMERIC_SETTINGS) {
    const range = SETTING_RANGES[key];
    if (!isWholeNumberWithin(settings[key], range)) {
      problems.push({ code: 'SETTING_OUT_OF_RANGE', field: key, limit: settings[key] < range.min ? range.min : range.max });
    }
  }

  const seenIds = new Set<string>();
  settings.templates.forEach((template, index) => problems.push(...templateProblems(template, index, settings, seenIds)));
  return problems;
}
