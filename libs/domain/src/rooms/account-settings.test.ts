import { AccountSettings, DEFAULT_ACCOUNT_SETTINGS, StoredAccountSettings, StoredRoomTemplate, withDefaults } from './account-settings';
import { defaultFeaturesFor, RoomMode } from './room-mode';

describe('DEFAULT_ACCOUNT_SETTINGS', () => {
  it('matches the SPEC defaults', () => {
    expect(DEFAULT_ACCOUNT_SETTINGS).toEqual({
      enabledModes: ['interactive', 'panel'],
      defaultMode: 'interactive',
      caps: { interactiveTotal: 100, interactiveCameraOn: 25, panelTotal: 300, panelStage: 10 },
      licence: { interactiveTotal: 100, interactiveCameraOn: 50, panelTotal: 300, panelStage: 10 },
      earlyEntryMinutesDefault: 15,
      hostAbsenceTimeoutMinutes: 15,
      maxTimeFrameHours: 12,
      templates: [],
    });
  });
});

// Rows: what is stored → what withDefaults must yield for the fields named.
const MERGES: Array<[string, StoredAccountSettings | null | undefined, Partial<AccountSettings>]> = [
  ['nothing stored (null)', null, DEFAULT_ACCOUNT_SETTINGS],
  ['nothing stored (undefined)', undefined, DEFAULT_ACCOUNT_SETTINGS],
  ['an empty object', {}, DEFAULT_ACCOUNT_SETTINGS],
  ['nulls count as unset', { enabledModes: null, defaultMode: null, caps: null, licence: null, maxTimeFrameHours: null, templates: null }, DEFAULT_ACCOUNT_SETTINGS],
  ['panel only: the default follows', { enabledModes: ['panel'] }, { enabledModes: ['panel'], defaultMode: 'panel' }],
  ['panel only, default kept when enabled', { enabledModes: ['panel'], defaultMode: 'panel' }, { enabledModes: ['panel'], defaultMode: 'panel' }],
  ['no mode at all falls back to both', { enabledModes: [] }, { enabledModes: ['interactive', 'panel'] }],
  ['duplicates and order are normalised', { enabledModes: ['panel', 'interactive', 'panel'] }, { enabledModes: ['interactive', 'panel'] }],
  ['unknown modes are dropped', { enabledModes: ['panel', 'webinar' as RoomMode] }, { enabledModes: ['panel'], defaultMode: 'panel' }],
  ['panel as default', { defaultMode: 'panel' }, { defaultMode: 'panel' }],
  ['one cap changed, the rest default', { caps: { panelStage: 5 } }, { caps: { interactiveTotal: 100, interactiveCameraOn: 25, panelTotal: 300, panelStage: 5 } }],
  ['camera cap raised on request, within licence', { caps: { interactiveCameraOn: 50 } }, { caps: { interactiveTotal: 100, interactiveCameraOn: 50, panelTotal: 300, panelStage: 10 } }],
  ['caps above the licence are held to it', { caps: { interactiveCameraOn: 80, panelTotal: 1000 } }, { caps: { interactiveTotal: 100, interactiveCameraOn: 50, panelTotal: 300, panelStage: 10 } }],
  [
    'a bigger licence lets caps grow',
    { licence: { panelTotal: 1000 }, caps: { panelTotal: 800 } },
    { licence: { interactiveTotal: 100, interactiveCameraOn: 50, panelTotal: 1000, panelStage: 10 }, caps: { interactiveTotal: 100, interactiveCameraOn: 25, panelTotal: 800, panelStage: 10 } },
  ],
  [
    'a lowered licence lowers caps',
    { licence: { interactiveTotal: 40 } },
    { caps: { interactiveTotal: 40, interactiveCameraOn: 25, panelTotal: 300, panelStage: 10 } },
  ],
  [
    'nonsense caps are ignored',
    { caps: { interactiveTotal: 0, interactiveCameraOn: -3, panelTotal: 2.5, panelStage: 'ten' as unknown as number } },
    { caps: { interactiveTotal: 100, interactiveCameraOn: 25, panelTotal: 300, panelStage: 10 } },
  ],
  ['numeric settings in range are kept', { earlyEntryMinutesDefault: 0, hostAbsenceTimeoutMinutes: 30, maxTimeFrameHours: 24 }, { earlyEntryMinutesDefault: 0, hostAbsenceTimeoutMinutes: 30, maxTimeFrameHours: 24 }],
  ['numeric settings out of range fall back', { earlyEntryMinutesDefault: 121, hostAbsenceTimeoutMinutes: 0, maxTimeFrameHours: 1.5 }, { earlyEntryMinutesDefault: 15, hostAbsenceTimeoutMinutes: 15, maxTimeFrameHours: 12 }],
];

describe('withDefaults', () => {
  it.each(MERGES)('%s', (_label, stored, expected) => {
    expect(withDefaults(stored)).toMatchObject(expected);
  });

  it('never hands out the defaults themselves, so a caller cannot change them', () => {
    const settings = withDefaults({});
    settings.enabledModes.push('panel');
    settings.caps.panelStage = 1;
    expect(DEFAULT_ACCOUNT_SETTINGS.enabledModes).toEqual(['interactive', 'panel']);
    expect(DEFAULT_ACCOUNT_SETTINGS.caps.panelStage).toBe(10);
  });
});

describe('withDefaults: templates', () => {
  const base: StoredRoomTemplate = { id: 't1', name: 'Seminar', baseMode: 'interactive' };

  it.each<[string, StoredRoomTemplate, StoredAccountSettings, object]>([
    ['no features stored: the base mode under the account caps', base, { caps: { interactiveCameraOn: 30 } }, { features: defaultFeaturesFor('interactive', { ...DEFAULT_ACCOUNT_SETTINGS.caps, interactiveCameraOn: 30 }), retiredAt: null }],
    ['stored switches win', { ...base, features: { chat: false, recording: true, totalCap: 40 } }, {}, { features: { chat: false, recording: true, totalCap: 40, polls: true } }],
    ['null switches count as unset', { ...base, features: { chat: null as unknown as boolean } }, {}, { features: { chat: true } }],
    ['caps are held to the licence, not the account caps', { ...base, features: { cameraOnCap: 99, totalCap: 99 } }, {}, { features: { cameraOnCap: 50, totalCap: 99 } }],
    ['panel caps against the panel licence', { ...base, baseMode: 'panel', features: { cameraOnCap: 20, totalCap: 5000 } }, {}, { features: { cameraOnCap: 10, totalCap: 300, stageAccessDefault: 'invite' } }],
    ['a stored retirement date becomes a Date', { ...base, retiredAt: '2026-01-02T03:04:05.000Z' }, {}, { retiredAt: new Date('2026-01-02T03:04:05.000Z') }],
    ['a Date stays a Date', { ...base, retiredAt: new Date('2026-01-02T00:00:00Z') }, {}, { retiredAt: new Date('2026-01-02T00:00:00Z') }],
  ])('%s', (_label, template, rest, expected) => {
    expect(withDefaults({ ...rest, templates: [template] }).templates[0]).toMatchObject({ id: 't1', ...expected });
  });

  it('ignores switches this version does not know', () => {
    const stored = { ...base, features: { teleport: true } as object };
    expect(withDefaults({ templates: [stored] }).templates[0].features).not.toHaveProperty('teleport');
  });

  it('drops a template on an unknown base mode', () => {
    const templates = [base, { ...base, id: 't2', baseMode: 'holodeck' as RoomMode }];
    expect(withDefaults({ templates }).templates.map((t) => t.id)).toEqual(['t1']);
  });
});
