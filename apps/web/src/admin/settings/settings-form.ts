import { adminSettingsBodySchema, type AdminSettings, type AdminSettingsBody } from '@lti-rooms/contracts';
import { SETTING_RANGES, validateAccountSettings, type NumericSetting, type RoomCaps } from '@lti-rooms/domain';
import type { SummaryField } from '../../components/form-errors';
import { t } from '../../i18n/translate';
import { addProblemIssues } from '../../text/field-error-text';

type CapKey = keyof RoomCaps;

/** The caps in the order the form shows them; "cameras" and "stage" are checked against their total. */
export const CAP_FIELDS: readonly { key: CapKey; total?: CapKey }[] = [
  { key: 'interactiveTotal' },
  { key: 'interactiveCameraOn', total: 'interactiveTotal' },
  { key: 'panelTotal' },
  { key: 'panelStage', total: 'panelTotal' },
];

export function capLabel(key: CapKey): string {
  switch (key) {
    case 'interactiveTotal':
      return t('admin.settings.cap.interactiveTotal');
    case 'interactiveCameraOn':
      return t('admin.settings.cap.interactiveCameraOn');
    case 'panelTotal':
      return t('admin.settings.cap.panelTotal');
    case 'panelStage':
      return t('admin.settings.cap.panelStage');
  }
}

/** A cap's hint: the licence's ceiling, and for a part of a total that it cannot pass the total. */
export function capHint(key: CapKey, licence: RoomCaps): string {
  const max = licence[key];
  const withinTotal = CAP_FIELDS.some((field) => field.key === key && field.total);
  return withinTotal ? t('admin.settings.capWithinTotalHint', { max }) : t('admin.common.licenceAllows', { max });
}

export const NUMBER_FIELDS: readonly NumericSetting[] = ['earlyEntryMinutesDefault', 'hostAbsenceTimeoutMinutes', 'maxTimeFrameHours'];

export function numberLabel(key: NumericSetting): string {
  switch (key) {
    case 'earlyEntryMinutesDefault':
      return t('admin.settings.earlyEntry');
    case 'hostAbsenceTimeoutMinutes':
      return t('admin.settings.hostAbsence');
    case 'maxTimeFrameHours':
      return t('admin.settings.maxTimeFrame');
  }
}

/** What the setting does, and the range the domain allows it. */
export function numberHint(key: NumericSetting): string {
  const { min, max } = SETTING_RANGES[key];
  const range = { min, max };
  switch (key) {
    case 'earlyEntryMinutesDefault':
      return t('admin.settings.earlyEntryHint', range);
    case 'hostAbsenceTimeoutMinutes':
      return t('admin.settings.hostAbsenceHint', range);
    case 'maxTimeFrameHours':
      return t('admin.settings.maxTimeFrameHint', range);
  }
}

export const settingsFieldId = (name: string) => `settings-${name.replace(/\./g, '-')}`;
export const ENABLED_MODES_FIRST_ID = 'settings-enabledModes-interactive';

/** The form's field paths, for placing the server's field errors. */
export const SETTINGS_FORM_PATHS: ReadonlySet<string> = new Set([
  'enabledModes',
  'defaultMode',
  ...CAP_FIELDS.map(({ key }) => `caps.${key}`),
  ...NUMBER_FIELDS,
]);

/** Fields in page order, for the error summary and for placing the server's field errors. */
export function settingsSummaryFields(): SummaryField[] {
  return [
    { name: 'enabledModes', id: ENABLED_MODES_FIRST_ID, label: t('admin.settings.enabledModes') },
    { name: 'defaultMode', id: settingsFieldId('defaultMode'), label: t('admin.settings.defaultMode') },
    ...CAP_FIELDS.map(({ key }) => ({ name: `caps.${key}`, id: settingsFieldId(`caps.${key}`), label: capLabel(key) })),
    ...NUMBER_FIELDS.map((key) => ({ name: key, id: settingsFieldId(key), label: numberLabel(key) })),
  ];
}

export function toSettingsBody({ licence: _licence, ...body }: AdminSettings): AdminSettingsBody {
  return body;
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
