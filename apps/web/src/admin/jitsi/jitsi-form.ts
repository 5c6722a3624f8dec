import { fieldErrorOfIssue, fieldIssue, jitsiBodySchema, type JitsiBody } from '@lti-rooms/contracts';
import { keepsStoredJitsiSecret } from '@lti-rooms/domain';
import { z } from 'zod';
import type { JitsiSettings } from '../admin-api';
import type { SummaryField } from '../../components/form-errors';

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

export const DEPLOYMENT_OPTIONS: readonly { kind: JitsiKind; label: string; description: string }[] = [
  { kind: 'none', label: 'Public meet.jit.si (trial only)', description: 'Needs no credentials, but cannot enforce moderator rights or panel roles.' },
  { kind: 'self-hosted', label: 'Self-hosted with token authentication', description: 'Your own Jitsi Meet server with JWT (HS256) token authentication.' },
  { kind: 'jaas', label: '8x8 JaaS', description: 'Jitsi as a Service by 8x8, with an RS256 API key.' },
];

export const jitsiFieldId = (name: keyof JitsiFormValues) => `jitsi-${name}`;

export const JITSI_SUMMARY_FIELDS: readonly SummaryField[] = [
  { name: 'kind', id: `${jitsiFieldId('kind')}-none`, label: 'Deployment' },
  { name: 'domain', id: jitsiFieldId('domain'), label: 'Domain' },
  { name: 'appId', id: jitsiFieldId('appId'), label: 'App id' },
  { name: 'appSecret', id: jitsiFieldId('appSecret'), label: 'App secret' },
  { name: 'jaasAppId', id: jitsiFieldId('jaasAppId'), label: 'App id' },
  { name: 'keyId', id: jitsiFieldId('keyId'), label: 'Key id' },
  { name: 'privateKey', id: jitsiFieldId('privateKey'), label: 'Private key (PEM)' },
];

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
  const known = JITSI_SUMMARY_FIELDS.some((field) => field.name === bodyPath);
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
