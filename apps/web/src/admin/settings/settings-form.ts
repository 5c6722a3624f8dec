import { adminSettingsBodySchema, type AdminSettings, type AdminSettingsBody } from '@lti-rooms/contracts';
import { SETTING_RANGES, validateAccountSettings, type NumericSetting, type RoomCaps } from '@lti-rooms/domain';
import type { SummaryField } from '../../components/form-errors';
import { addProblemIssues } from '../../text/field-error-text';

type CapKey = keyof RoomCaps;

/** The caps in the order the form shows them; "cameras" and "stage" are checked against their total. */
export const CAP_FIELDS: readonly { key: CapKey; label: string; total?: CapKey }[] = [
  { key: 'interactiveTotal', label: 'Interactive: total participants' },
  { key: 'interactiveCameraOn', label: 'Interactive: cameras on', total: 'interactiveTotal' },
  { key: 'panelTotal', label: 'Panel: total participants' },
  { key: 'panelStage', label: 'Panel: stage seats', total: 'panelTotal' },
];

export const NUMBER_FIELDS: readonly { key: NumericSetting; label: string; hint: string }[] = [
  {
    key: 'earlyEntryMinutesDefault',
    label: 'Early entry default (minutes)',
    hint: 'How long before a scheduled start participants may enter the waiting room, unless a room sets its own.',
  },
  {
    key: 'hostAbsenceTimeoutMinutes',
    label: 'Host absence timeout (minutes)',
    hint: 'A session ends when no host or moderator has been present for this long.',
  },
  {
    key: 'maxTimeFrameHours',
    label: 'Maximum time frame (hours)',
    hint: 'The longest time frame a scheduled room may have.',
  },
];

export const settingsFieldId = (name: string) => `settings-${name.replace(/\./g, '-')}`;
export const ENABLED_MODES_FIRST_ID = 'settings-enabledModes-interactive';

/** Fields in page order, for the error summary and for placing the server's field errors. */
export const SETTINGS_SUMMARY_FIELDS: readonly SummaryField[] = [
  { name: 'enabledModes', id: ENABLED_MODES_FIRST_ID, label: 'Enabled room modes' },
  { name: 'defaultMode', id: settingsFieldId('defaultMode'), label: 'Default mode' },
  ...CAP_FIELDS.map(({ key, label }) => ({ name: `caps.${key}`, id: settingsFieldId(`caps.${key}`), label })),
  ...NUMBER_FIELDS.map(({ key, label }) => ({ name: key, id: settingsFieldId(key), label })),
];

export function toSettingsBody({ licence: _licence, ...body }: AdminSettings): AdminSettingsBody {
  return body;
}

export function rangeHint(key: NumericSetting): string {
  const { min, max } = SETTING_RANGES[key];
  return `From ${min} to ${max}.`;
}

/**
 * The shared body schema plus the domain's own settings rules (validateAccountSettings, as
 * the server applies them), so most mistakes are caught before a round trip.
 */
export function settingsFormSchema(licence: RoomCaps) {
  return adminSettingsBodySchema.superRefine((values, ctx) => {
    // Enabling no mode is the body schema's own issue already.
    const problems = validateAccountSettings({ ...values, licence, templates: [] }).filter((p) => p.code !== 'NO_MODE_ENABLED');
    addProblemIssues(ctx, problems);
  });
}
