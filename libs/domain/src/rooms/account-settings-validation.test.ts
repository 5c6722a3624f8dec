import { AccountSettings, withDefaults } from './account-settings';
import { AccountSettingsProblem, validateAccountSettings } from './account-settings-validation';
import { defaultFeaturesFor, RoomTemplate } from './room-mode';

const valid = (): AccountSettings => withDefaults({});
const template = (overrides: Partial<RoomTemplate> = {}): RoomTemplate => ({
  id: 'seminar', name: 'Seminar', baseMode: 'interactive', features: defaultFeaturesFor('interactive'), retiredAt: null, ...overrides,
});

// Rows: how a valid settings object is spoiled → the problems reported, in order.
const CASES: Array<[string, (s: AccountSettings) => void, AccountSettingsProblem[]]> = [
  ['the defaults', () => undefined, []],
  ['caps raised to the licence', (s) => { s.caps.interactiveCameraOn = 50; }, []],
  ['valid templates', (s) => { s.templates = [template(), template({ id: 'hall', name: 'Hall', baseMode: 'panel', features: defaultFeaturesFor('panel') })]; }, []],
  ['no mode enabled', (s) => { s.enabledModes = []; }, [{ code: 'NO_MODE_ENABLED', field: 'enabledModes' }]],
  ['default mode disabled', (s) => { s.enabledModes = ['panel']; }, [{ code: 'DEFAULT_MODE_NOT_ENABLED', field: 'defaultMode' }]],
  ['a cap above the licence', (s) => { s.caps.interactiveCameraOn = 51; }, [{ code: 'CAP_OUT_OF_RANGE', field: 'caps.interactiveCameraOn', limit: 50 }]],
  ['a cap of zero', (s) => { s.caps.panelStage = 0; }, [{ code: 'CAP_OUT_OF_RANGE', field: 'caps.panelStage', limit: 10 }]],
  ['a fractional cap', (s) => { s.caps.panelTotal = 99.5; }, [{ code: 'CAP_OUT_OF_RANGE', field: 'caps.panelTotal', limit: 300 }]],
  ['more cameras than seats', (s) => { s.caps.interactiveTotal = 20; }, [{ code: 'CAMERA_CAP_EXCEEDS_TOTAL', field: 'caps.interactiveCameraOn', limit: 20 }]],
  ['a stage bigger than the room', (s) => { s.caps.panelTotal = 8; }, [{ code: 'CAMERA_CAP_EXCEEDS_TOTAL', field: 'caps.panelStage', limit: 8 }]],
  ['early entry beyond two hours', (s) => { s.earlyEntryMinutesDefault = 121; }, [{ code: 'SETTING_OUT_OF_RANGE', field: 'earlyEntryMinutesDefault', limit: 120 }]],
  ['host absence of zero', (s) => { s.hostAbsenceTimeoutMinutes = 0; }, [{ code: 'SETTING_OUT_OF_RANGE', field: 'hostAbsenceTimeoutMinutes', limit: 1 }]],
  ['a time frame beyond a week', (s) => { s.maxTimeFrameHours = 169; }, [{ code: 'SETTING_OUT_OF_RANGE', field: 'maxTimeFrameHours', limit: 168 }]],
  ['a blank template name', (s) => { s.templates = [template({ name: '  ' })]; }, [{ code: 'TEMPLATE_NAME_REQUIRED', field: 'templates.0.name' }]],
  ['two templates with one id', (s) => { s.templates = [template(), template({ name: 'Other' })]; }, [{ code: 'TEMPLATE_ID_DUPLICATE', field: 'templates.1.id' }]],
  [
    'template caps beyond the licence',
    (s) => { s.templates = [template({ baseMode: 'panel', features: { ...defaultFeaturesFor('panel'), cameraOnCap: 11, totalCap: 301 } })]; },
    [
      { code: 'TEMPLATE_CAP_OUT_OF_RANGE', field: 'templates.0.features.cameraOnCap', limit: 10 },
      { code: 'TEMPLATE_CAP_OUT_OF_RANGE', field: 'templates.0.features.totalCap', limit: 300 },
    ],
  ],
  [
    'a template may use the licence beyond the account caps',
    (s) => { s.templates = [template({ features: { ...defaultFeaturesFor('interactive'), cameraOnCap: 50 } })]; },
    [],
  ],
  [
    'a template with more cameras than seats',
    (s) => { s.templates = [template({ features: { ...defaultFeaturesFor('interactive'), cameraOnCap: 30, totalCap: 20 } })]; },
    [{ code: 'CAMERA_CAP_EXCEEDS_TOTAL', field: 'templates.0.features.cameraOnCap', limit: 20 }],
  ],
  [
    'a template cap of zero',
    (s) => { s.templates = [template({ features: { ...defaultFeaturesFor('interactive'), cameraOnCap: 0 } })]; },
    [{ code: 'TEMPLATE_CAP_OUT_OF_RANGE', field: 'templates.0.features.cameraOnCap', limit: 50 }],
  ],
];

describe('validateAccountSettings', () => {
  it.each(CASES)('%s', (_label, spoil, expected) => {
    const settings = valid();
    spoil(settings);
    expect(validateAccountSettings(settings)).toEqual(expected);
  });
});
