import { fieldErrorOfIssue, fieldIssue, jitsiBodySchema, type JitsiBody } from '@lti-rooms/contracts';
import { keepsStoredJitsiSecret } from '@lti-rooms/domain';
import { z } from 'zod';
import type { JitsiSettings } from '../admin-api';
import type { SummaryField } from '../../components/form-errors';
import { t } from '../../i18n/translate';

export type JitsiKind = JitsiSettings['kind'];

/** Both kinds' fields at once (the form shows one kind's); secrets start empty, always. */
export interface JitsiFormValues {
  kind: JitsiKind;
  domain: string;
  appId: string;
  appSecret: string;
  jaasAppId: string;
  keyId: string;
  privateKey: string;
}

export function deploymentOptions(): readonly { kind: JitsiKind; label: string; description: string }[] {
  return [
    { kind: 'none', label: t('admin.jitsi.kind.none'), description: t('admin.jitsi.kind.noneDescription') },
    { kind: 'self-hosted', label: t('admin.jitsi.kind.selfHosted'), description: t('admin.jitsi.kind.selfHostedDescription') },
    { kind: 'jaas', label: t('admin.jitsi.kind.jaas'), description: t('admin.jitsi.kind.jaasDescription') },
  ];
}

export const jitsiFieldId = (name: keyof JitsiFormValues) => `jitsi-${name}`;

/** The form's fields in page order, for the error summary and for placing the server's field errors. */
const JITSI_FIELDS: readonly (keyof JitsiFormValues)[] = ['kind', 'domain', 'appId', 'appSecret', 'jaasAppId', 'keyId', 'privateKey'];

function jitsiFieldLabel(name: keyof JitsiFormValues): string {
  switch (name) {
    case 'kind':
      return t('admin.jitsi.deployment');
    case 'domain':
      return t('admin.jitsi.domain');
    case 'appId':
    case 'jaasAppId':
      return t('admin.jitsi.appId');
    case 'appSecret':
      return t('admin.jitsi.appSecret');
    case 'keyId':
      return t('admin.jitsi.keyId');
    case 'privateKey':
      return t('admin.jitsi.privateKey');
  }
}

export function jitsiSummaryFields(): SummaryField[] {
  // The deployment's error is shown by its first choice.
  return JITSI_FIELDS.map((name) => ({ name, id: name === 'kind' ? `${jitsiFieldId('kind')}-none` : jitsiFieldId(name), label: jitsiFieldLabel(name) }));
}

/** The stored credentials fill their kind's fields, also while the trial runs (they are kept until replaced). */
export function jitsiFormValues(saved: JitsiSettings): JitsiFormValues {
  const selfHosted = saved.credentialsFor === 'self-hosted';
  const jaas = saved.credentialsFor === 'jaas';
  return {
    kind: saved.kind,
    domain: selfHosted ? (saved.selfHostedDomain ?? '') : '',
    appId: selfHosted ? (saved.appId ?? '') : '',
    appSecret: '',
    jaasAppId: jaas ? (saved.appId ?? '') : '',
    keyId: jaas ? (saved.keyId ?? '') : '',
    privateKey: '',
  };
}

/** The PUT body; an empty secret is left out, which keeps the stored one. */
export function toJitsiBody(values: JitsiFormValues): unknown {
  switch (values.kind) {
    case 'none':
      return { kind: 'none' };
    case 'self-hosted':
      return { kind: 'self-hosted', domain: values.domain, appId: values.appId, appSecret: values.appSecret === '' ? undefined : values.appSecret };
    case 'jaas':
      return { kind: 'jaas', appId: values.jaasAppId, keyId: values.keyId, privateKey: values.privateKey.trim() === '' ? undefined : values.privateKey };
  }
}

/** Where a body path (client or server) is shown in this form: JaaS's app id has its own field. */
export function formPathFor(kind: JitsiKind, bodyPath: string): keyof JitsiFormValues | null {
  if (kind === 'jaas' && bodyPath === 'appId') return 'jaasAppId';
  const known = (JITSI_FIELDS as readonly string[]).includes(bodyPath);
  return known ? (bodyPath as keyof JitsiFormValues) : null;
}

/** True when saving this kind without a new secret would keep a stored one. */
export function keepsStoredSecret(saved: JitsiSettings, kind: JitsiKind): boolean {
  return keepsStoredJitsiSecret(saved.credentialsFor, saved.secretSet, kind);
}

/** The shared body schema applied to what the form would send, plus the server's "secret required" rule. */
export function jitsiFormSchema(saved: JitsiSettings) {
  const strings = z.object({
    kind: z.enum(['none', 'self-hosted', 'jaas']),
    domain: z.string(),
    appId: z.string(),
    appSecret: z.string(),
    jaasAppId: z.string(),
    keyId: z.string(),
    privateKey: z.string(),
  });
  return strings.superRefine((values, ctx) => {
    const parsed = jitsiBodySchema.safeParse(toJitsiBody(values));
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const path = formPathFor(values.kind, issue.path.map(String).join('.'));
      if (path) ctx.addIssue({ ...fieldIssue(fieldErrorOfIssue(issue)), path: [path] });
    }
    if (values.kind === 'none' || keepsStoredSecret(saved, values.kind)) return;
    if (values.kind === 'self-hosted' && values.appSecret === '') {
      ctx.addIssue({ ...fieldIssue({ code: 'APP_SECRET_REQUIRED' }), path: ['appSecret'] });
    }
    if (values.kind === 'jaas' && values.privateKey.trim() === '') {
      ctx.addIssue({ ...fieldIssue({ code: 'PRIVATE_KEY_REQUIRED' }), path: ['privateKey'] });
    }
  });
}

export function parseJitsiBody(values: JitsiFormValues): JitsiBody {
  return jitsiBodySchema.parse(toJitsiBody(values));
}
