import { AccountSettings, StoredAccountSettings, withDefaults } from './account-settings';
import {
  availableModeChoices,
  defaultModeChoice,
  modeChoiceFacts,
  ModeChoiceFacts,
  isModeChoiceAvailable,
  isSingleModeAccount,
  resolveModeChoice,
  sameModeChoice,
} from './mode-choices';
import { defaultFeaturesFor, RoomModeChoice } from './room-mode';

const interactive: RoomModeChoice = { kind: 'mode', mode: 'interactive' };
const panel: RoomModeChoice = { kind: 'mode', mode: 'panel' };
const tpl = (templateId: string): RoomModeChoice => ({ kind: 'template', templateId });

const TEMPLATES: StoredAccountSettings['templates'] = [
  { id: 'seminar', name: 'Seminar', baseMode: 'interactive', features: { cameraOnCap: 12, totalCap: 40 } },
  { id: 'hall', name: 'Town hall', baseMode: 'panel' },
  { id: 'old', name: 'Old one', baseMode: 'interactive', retiredAt: '2026-01-01T00:00:00Z' },
];
const settings = (stored: StoredAccountSettings): AccountSettings => withDefaults({ templates: TEMPLATES, ...stored });

describe('availableModeChoices and isSingleModeAccount', () => {
  it.each<[string, StoredAccountSettings, RoomModeChoice[], boolean]>([
    ['both modes, live templates, never retired ones', {}, [interactive, panel, tpl('seminar'), tpl('hall')], false],
    ['panel only: templates on interactive vanish', { enabledModes: ['panel'] }, [panel, tpl('hall')], false],
    ['one mode and no templates: a single choice', { enabledModes: ['interactive'], templates: [] }, [interactive], true],
    ['both modes, no templates', { templates: [] }, [interactive, panel], false],
    ['panel only and a retired panel template', { enabledModes: ['panel'], templates: [{ id: 'x', name: 'X', baseMode: 'panel', retiredAt: new Date(0) }] }, [panel], true],
  ])('%s', (_label, stored, expected, single) => {
    expect(availableModeChoices(settings(stored))).toEqual(expected);
    expect(isSingleModeAccount(settings(stored))).toBe(single);
  });
});

describe('sameModeChoice', () => {
  it.each<[RoomModeChoice, RoomModeChoice, boolean]>([
    [interactive, interactive, true],
    [interactive, panel, false],
    [tpl('a'), tpl('a'), true],
    [tpl('a'), tpl('b'), false],
    [interactive, tpl('interactive'), false],
    [tpl('panel'), panel, false],
  ])('%j vs %j → %s', (a, b, expected) => expect(sameModeChoice(a, b)).toBe(expected));
});

describe('isModeChoiceAvailable (for a new or changed choice)', () => {
  it.each<[string, StoredAccountSettings, RoomModeChoice, boolean]>([
    ['an enabled mode', {}, panel, true],
    ['a disabled mode', { enabledModes: ['interactive'] }, panel, false],
    ['a live template', {}, tpl('seminar'), true],
    ['a retired template', {}, tpl('old'), false],
    ['a template on a disabled mode', { enabledModes: ['interactive'] }, tpl('hall'), false],
    ['an unknown template', {}, tpl('nope'), false],
  ])('%s', (_label, stored, choice, expected) => expect(isModeChoiceAvailable(choice, settings(stored))).toBe(expected));
});

describe('defaultModeChoice', () => {
  it.each<[string, AccountSettings, RoomModeChoice]>([
    ['the default mode', settings({ defaultMode: 'panel' }), panel],
    ['follows a panel-only account', settings({ enabledModes: ['panel'] }), panel],
    // Hand-built, as withDefaults would have repaired it: the first offered choice wins.
    ['a default mode that is not enabled', { ...settings({}), enabledModes: ['panel'], defaultMode: 'interactive' }, panel],
  ])('%s', (_label, accountSettings, expected) => expect(defaultModeChoice(accountSettings)).toEqual(expected));
});

describe('modeChoiceFacts', () => {
  it.each<[RoomModeChoice, StoredAccountSettings, ModeChoiceFacts | null]>([
    [interactive, {}, { mode: 'interactive', templateName: null, limits: { cameraOn: 25, total: 100 } }],
    [interactive, { caps: { interactiveCameraOn: 50 } }, { mode: 'interactive', templateName: null, limits: { cameraOn: 50, total: 100 } }],
    [panel, {}, { mode: 'panel', templateName: null, limits: { cameraOn: 10, total: 300 } }],
    [tpl('seminar'), {}, { mode: 'interactive', templateName: 'Seminar', limits: { cameraOn: 12, total: 40 } }],
    [tpl('nope'), {}, null],
  ])('%j with %j', (choice, stored, expected) => expect(modeChoiceFacts(choice, settings(stored))).toEqual(expected));
});

describe('resolveModeChoice: what a session snapshots', () => {
  it('a base mode under the account caps', () => {
    expect(resolveModeChoice(panel, settings({ caps: { panelStage: 6 } }))).toEqual({
      mode: 'panel', features: { ...defaultFeaturesFor('panel'), cameraOnCap: 6 }, templateId: null,
    });
  });
  it('a template, retired or not, keeps working for rooms that have it', () => {
    expect(resolveModeChoice(tpl('old'), settings({}))).toMatchObject({ mode: 'interactive', templateId: 'old' });
    expect(resolveModeChoice(tpl('seminar'), settings({}))?.features).toMatchObject({ cameraOnCap: 12, totalCap: 40 });
  });
  it('a copy, so changing the template later does not reach a running session', () => {
    const accountSettings = settings({});
    const snapshot = resolveModeChoice(tpl('seminar'), accountSettings);
    accountSettings.templates[0].features.chat = false;
    expect(snapshot?.features.chat).toBe(true);
  });
  it('a deleted template resolves to nothing', () => {
    expect(resolveModeChoice(tpl('nope'), settings({}))).toBeNull();
  });
});
