import { describe, expect, it } from '@jest/globals';
import { ApiRequestError } from '../api/api-request-error';
import { placeServerFieldErrors, summaryItems } from '../components/form-errors';
import { formPathFor, jitsiFormSchema, jitsiFormValues, toJitsiBody } from './jitsi/jitsi-form';
import { settingsFormSchema } from './settings/settings-form';
import { templateFormSchema } from './templates/template-form';
import { WORDED_ISSUES } from '../text/field-error-text';

const licence = { interactiveTotal: 100, interactiveCameraOn: 50, panelTotal: 300, panelStage: 10 };
const settings = {
  enabledModes: ['interactive', 'panel'] as ('interactive' | 'panel')[],
  defaultMode: 'interactive' as const,
  caps: { interactiveTotal: 100, interactiveCameraOn: 25, panelTotal: 300, panelStage: 10 },
  earlyEntryMinutesDefault: 15,
  hostAbsenceTimeoutMinutes: 15,
  maxTimeFrameHours: 12,
};
const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);

describe('account settings form', () => {
  it('accepts the defaults', () => {
    expect(settingsFormSchema(licence).safeParse(settings, WORDED_ISSUES).success).toBe(true);
  });

  it('names a cap above the licence and a default mode that is not enabled, as the server does', () => {
    const result = settingsFormSchema(licence).safeParse({ ...settings, enabledModes: ['panel'], caps: { ...settings.caps, interactiveCameraOn: 80 } }, WORDED_ISSUES);
    expect(paths(result)).toEqual([
      'defaultMode: The default mode must be one of the enabled modes',
      'caps.interactiveCameraOn: Must be between 1 and 50 (your licence)',
    ]);
  });

  it('refuses stage seats above the panel total and an empty number', () => {
    expect(paths(settingsFormSchema(licence).safeParse({ ...settings, caps: { ...settings.caps, panelTotal: 5 } }, WORDED_ISSUES))).toEqual(['caps.panelStage: Must not exceed the total (5)']);
    expect(paths(settingsFormSchema(licence).safeParse({ ...settings, maxTimeFrameHours: Number.NaN }, WORDED_ISSUES))).toEqual(['maxTimeFrameHours: Enter a number']);
  });
});

describe('template form', () => {
  const features = { chat: true, privateChat: false, screenSharing: true, raiseHand: true, reactions: true, polls: true, breakoutRooms: false, recording: false, lobby: false, stageAccessDefault: 'invite' as const, cameraOnCap: 25, totalCap: 300 };

  it('checks caps against the licence of the base mode', () => {
    expect(paths(templateFormSchema(licence).safeParse({ name: 'Webinar', baseMode: 'panel', features }, WORDED_ISSUES))).toEqual(['features.cameraOnCap: Must be between 1 and 10 (your licence)']);
    expect(templateFormSchema(licence).safeParse({ name: 'Webinar', baseMode: 'panel', features: { ...features, cameraOnCap: 10 } }, WORDED_ISSUES).success).toBe(true);
  });
});

describe('Jitsi form', () => {
  const none = { kind: 'none' as const, domain: 'meet.jit.si', credentialsFor: null, selfHostedDomain: null, appId: null, keyId: null, secretSet: false, publicTrial: true };
  const selfHosted = {
    kind: 'self-hosted' as const, domain: 'meet.example.edu', credentialsFor: 'self-hosted' as const, selfHostedDomain: 'meet.example.edu', appId: 'rooms', keyId: null, secretSet: true, publicTrial: false,
  };
  /** Back on the trial, with the self-hosted credentials kept. */
  const trialKeepingSelfHosted = { ...selfHosted, kind: 'none' as const, domain: 'meet.jit.si', publicTrial: true };

  it('never prefills a secret and leaves an empty one out of the body', () => {
    const values = jitsiFormValues(selfHosted);
    expect(values).toMatchObject({ kind: 'self-hosted', domain: 'meet.example.edu', appId: 'rooms', appSecret: '', privateKey: '' });
    expect(toJitsiBody(values)).toEqual({ kind: 'self-hosted', domain: 'meet.example.edu', appId: 'rooms', appSecret: undefined });
  });

  it('requires a secret only when none of that kind is stored', () => {
    const values = { ...jitsiFormValues(none), kind: 'self-hosted' as const, domain: 'meet.example.edu', appId: 'rooms' };
    expect(paths(jitsiFormSchema(none).safeParse(values, WORDED_ISSUES))).toEqual(['appSecret: The app secret is required']);
    expect(jitsiFormSchema(selfHosted).safeParse(values).success).toBe(true);
  });

  it('on the trial, the kept self-hosted values fill their fields and their secret is kept; JaaS still needs its key', () => {
    const values = jitsiFormValues(trialKeepingSelfHosted);
    expect(values).toMatchObject({ kind: 'none', domain: 'meet.example.edu', appId: 'rooms', jaasAppId: '', keyId: '', appSecret: '' });
    expect(jitsiFormSchema(trialKeepingSelfHosted).safeParse({ ...values, kind: 'self-hosted' }).success).toBe(true);
    const jaas = { ...values, kind: 'jaas' as const, jaasAppId: 'vpaas-magic-cookie-1', keyId: 'key' };
    expect(paths(jitsiFormSchema(trialKeepingSelfHosted).safeParse(jaas, WORDED_ISSUES))).toEqual(['privateKey: The private key is required']);
  });

  it("shows JaaS's app id on its own field", () => {
    expect(formPathFor('jaas', 'appId')).toBe('jaasAppId');
    expect(formPathFor('self-hosted', 'appId')).toBe('appId');
    expect(formPathFor('jaas', 'licence')).toBeNull();
  });
});

describe('form errors', () => {
  it('lists problems in field order and places server field errors the form knows', () => {
    const errors = { caps: { panelStage: { message: 'Too many' } }, defaultMode: { message: 'Pick one' } };
    const fields = [
      { name: 'defaultMode', id: 'a', label: 'Default mode' },
      { name: 'caps.panelStage', id: 'b', label: 'Panel: stage seats' },
    ];
    expect(summaryItems(errors, fields).map((item) => item.label)).toEqual(['Default mode', 'Panel: stage seats']);

    const placed: string[] = [];
    const error = new ApiRequestError({ status: 400, code: 'VALIDATION_FAILED', message: 'x', fields: [{ path: 'caps.panelStage', message: 'm' }, { path: 'other', message: 'n' }] });
    expect(placeServerFieldErrors(error, (path) => path.startsWith('caps.'), (path, _m, first) => placed.push(`${path}:${first}`))).toBe(true);
    expect(placed).toEqual(['caps.panelStage:true']);
  });
});
