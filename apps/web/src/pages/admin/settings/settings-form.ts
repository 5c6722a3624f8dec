import { adminSettingsBodySchema, type AdminSettings, type AdminSettingsBody } from '@lti-rooms/contracts';
import { SETTING_RANGES, type NumericSetting, type RoomCaps } from '@lti-rooms/domain';
import type { SummaryField } from '../../../components/form-errors';

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
 * The shared body schema plus the rules the server applies (same messages), so most
 * mistakes are caught before a round trip. The server checks everything again.
 */
export function settingsFormSchema(licence: RoomCaps) {
  return adminSettingsBodySchema.superRefine((values, ctx) => {
    if (values.enabledModes.length > 0 && !values.enabledModes.includes(values.defaultMode)) {
      ctx.addIssue({ code: 'custom', path: ['defaultMode'], message: 'The default mode must be one of the enabled modes' });
    }
    for (const { key, total } of CAP_FIELDS) {
      const value = values.caps[key];
      if (value < 1 || value > licence[key]) {
        ctx.addIssue({ code: 'custom', path: ['caps', key], message: `Must be between 1 and ${licence[key]} (your licence)` });
      } else if (total && value > values.caps[total]) {
        ctx.addIssue({ code: 'custom', path: ['caps', key], message: `Must not exceed the total (${values.caps[total]})` });
      }
    }
    for (const { key } of NUMBER_FIELDS) {
      const { min, max } = SETTING_RANGES[key];
      if (values[key] < min || values[key] > max) {
        ctx.addIssue({ code: 'custom', path: [key], message: `Must be between ${min} and ${max}` });
      }
    }
  });
}
