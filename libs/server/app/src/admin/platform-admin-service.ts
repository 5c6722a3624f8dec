import { decodeJwt, decodeProtectedHeader } from 'jose';
import type { JitsiBody } from '@lti-rooms/contracts';
import { forbidden, invalid, notFound } from '@lti-rooms/domain';
import type { Account, AccountRepository, AdminRepository, Database, JitsiKind, StoredJitsiDeployment } from '@lti-rooms/server-persistence';
import type { RegistrationService } from '@lti-rooms/server-lti';
import { JitsiDeployment, mintJitsiToken } from '../jitsi/jitsi-token';
import { AdminActor } from './admin-actor';
import { SecretBox } from './secret-box';
import { diff } from './settings-admin-service';

export const PUBLIC_JITSI_DOMAIN = 'meet.jit.si';
export const JAAS_DOMAIN = '8x8.vc';
/**
 * The Jitsi domain an account's meetings use: its own deployment once one is complete
 * (with its secret), public Jitsi otherwise. The meeting page and the CSP both follow it.
 */
export function jitsiDomainOf(stored: { kind: JitsiKind; domain: string | null; sealed: boolean } | null): string {
  if (!stored || stored.kind === 'none' || !stored.sealed) return PUBLIC_JITSI_DOMAIN;
  return stored.kind === 'jaas' ? JAAS_DOMAIN : stored.domain ?? PUBLIC_JITSI_DOMAIN;
}

const PUBLIC_JITSI_WARNING = 'Public meet.jit.si is for trials only: it cannot enforce moderator rights or panel roles, and anyone who guesses a room name may join.';

export function presentPlatform(account: Account) {
  return {
    id: account.id, issuer: account.issuer, clientId: account.clientId, name: account.name, active: account.active,
    registrationMethod: account.registrationMethod, registeredAt: account.createdAt.toISOString(), deploymentIds: account.deploymentIds,
    authEndpoint: account.authEndpoint, tokenEndpoint: account.tokenEndpoint, jwksUri: account.jwksUri,
  };
}

/** The platform registry as one account's administrator sees it, and the account's Jitsi deployment. */
export class PlatformAdminService {
  constructor(private readonly deps: {
    db: Database; accounts: AccountRepository; registration: RegistrationService; admin: AdminRepository; secrets: SecretBox;
    /** Called when what the Content-Security-Policy names (active platforms, Jitsi domains) changed. */
    edgeSourcesChanged?: () => void;
  }) {}

  /** Their own registration, and registrations from the same LMS (issuer) that wait for activation. */
  async registry(accountId: string) {
    const current = (await this.deps.accounts.findById(accountId))!;
    const pending = (await this.deps.accounts.list()).filter((a) => a.issuer === current.issuer && a.id !== current.id && !a.active);
    return { current: presentPlatform(current), pending: pending.map(presentPlatform) };
  }

  async setActive(actor: AdminActor, platformId: string, active: boolean) {
    const current = (await this.deps.accounts.findById(actor.accountId))!;
    const target = await this.deps.accounts.findById(platformId);
    if (!target || target.issuer !== current.issuer) throw notFound('The platform');
    if (target.id === current.id && !active) throw forbidden('deactivate the platform you are signed in through (use the command line)');
    await this.deps.registration.setActive(target, active);
    this.deps.edgeSourcesChanged?.();
    await this.deps.admin.audit(actor.accountId, { actorId: actor.userId, actorName: actor.name, action: active ? 'platform.activate' : 'platform.deactivate', target: target.id, changes: { active: { from: target.active, to: active } } });
    return this.registry(actor.accountId);
  }

  /** What the admin page shows: never the secret itself, only whether one is set. */
  async jitsi(accountId: string) {
    const stored = await this.deps.admin.jitsiDeployment(accountId);
    const kind = stored?.kind ?? 'none';
    return {
      kind,
      domain: kind === 'none' ? PUBLIC_JITSI_DOMAIN : kind === 'jaas' ? JAAS_DOMAIN : stored?.domain ?? null,
      appId: stored?.appId ?? null,
      keyId: stored?.keyId ?? null,
      secretSet: Boolean(stored?.secretCiphertext),
      warning: kind === 'none' ? PUBLIC_JITSI_WARNING : null,
    };
  }

  async saveJitsi(actor: AdminActor, body: JitsiBody) {
    const stored = await this.deps.admin.jitsiDeployment(actor.accountId);
    const newSecret = body.kind === 'self-hosted' ? body.appSecret : body.kind === 'jaas' ? body.privateKey : undefined;
    const sameKind = stored?.kind === body.kind;
    if (body.kind !== 'none' && !newSecret && !(sameKind && stored?.secretCiphertext)) {
      throw invalid([{ path: body.kind === 'jaas' ? 'privateKey' : 'appSecret', message: body.kind === 'jaas' ? 'The private key is required' : 'The app secret is required' }]);
    }
    const next: StoredJitsiDeployment = {
      kind: body.kind,
      domain: body.kind === 'self-hosted' ? body.domain : null,
      appId: body.kind === 'none' ? null : body.appId,
      keyId: body.kind === 'jaas' ? body.keyId : null,
      secretCiphertext: body.kind === 'none' ? null : newSecret ? this.deps.secrets.seal(newSecret) : stored!.secretCiphertext,
    };
    const before = await this.jitsi(actor.accountId);
    await this.deps.db.transaction(async (t) => {
      await this.deps.admin.saveJitsiDeployment(actor.accountId, next, t);
      const changes = diff(before, { ...before, kind: next.kind, domain: next.domain, appId: next.appId, keyId: next.keyId });
      if (newSecret) changes.secret = { from: before.secretSet ? '(set)' : '(none)', to: '(replaced)' };
      await this.deps.admin.audit(actor.accountId, { actorId: actor.userId, actorName: actor.name, action: 'jitsi.update', target: null, changes }, t);
    });
    this.deps.edgeSourcesChanged?.();
    return this.jitsi(actor.accountId);
  }

  /** The deployment with its secret opened, for minting tokens on the server. */
  async deployment(accountId: string): Promise<JitsiDeployment> {
    const stored = await this.deps.admin.jitsiDeployment(accountId);
    const domain = jitsiDomainOf(stored && { kind: stored.kind, domain: stored.domain, sealed: Boolean(stored.secretCiphertext) });
    if (!stored || stored.kind === 'none' || !stored.secretCiphertext) return { kind: 'none', domain };
    const secret = this.deps.secrets.open(stored.secretCiphertext);
    return stored.kind === 'jaas'
      ? { kind: 'jaas', domain, appId: stored.appId!, keyId: stored.keyId!, privateKey: secret }
      : { kind: 'self-hosted', domain, appId: stored.appId!, appSecret: secret };
  }

  /** "Test connection": the domain serves external_api.js, and a minted token has the expected form. */
  async testJitsi(accountId: string) {
    const deployment = await this.deployment(accountId);
    const checks: Array<{ name: string; ok: boolean; detail: string }> = [];
    const scheme = /^(127\.|localhost)/.test(deployment.domain) ? 'http' : 'https';
    const url = `${scheme}://${deployment.domain}/external_api.js`;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      const text = response.ok ? await response.text() : '';
      const ok = response.ok && text.includes('JitsiMeetExternalAPI');
      checks.push({ name: 'external_api.js', ok, detail: ok ? `${url} answers` : `${url} answered ${response.status}${response.ok ? ' without the IFrame API' : ''}` });
    } catch (error) {
      checks.push({ name: 'external_api.js', ok: false, detail: `${url} is unreachable: ${(error as Error).message}` });
    }
    const token = await mintJitsiToken(deployment, { user: { id: 'test', name: 'Connection test', email: null, avatar: null }, moderator: false, room: '*', features: {}, ttlSeconds: 60 });
    if (token === null) {
      checks.push({ name: 'token', ok: true, detail: 'Public Jitsi takes no token (roles cannot be enforced)' });
    } else {
      const header = decodeProtectedHeader(token);
      const claims = decodeJwt(token);
      const formOk = deployment.kind === 'jaas'
        ? header.alg === 'RS256' && header.kid === deployment.keyId && claims.sub === deployment.appId
        : deployment.kind === 'self-hosted' && header.alg === 'HS256' && claims.iss === deployment.appId && claims.sub === deployment.domain;
      const ok = formOk && claims.aud === 'jitsi' && typeof claims.exp === 'number';
      checks.push({ name: 'token', ok, detail: ok ? `A ${header.alg} token for ${claims.sub} was minted` : 'The minted token does not have the expected form' });
    }
    return { ok: checks.every((c) => c.ok), checks };
  }
}
