import { decodeJwt, decodeProtectedHeader } from 'jose';
import type { JitsiBody, JitsiCheck } from '@lti-rooms/contracts';
import { forbidden, invalid, isSharedIssuer, jitsiCredentialsKind, keepsStoredJitsiSecret, notFound } from '@lti-rooms/domain';
import type { Account, AccountRepository, AdminRepository, Database, StoredJitsiDeployment } from '@lti-rooms/server-persistence';
import { OutboundClient, OutboundFailure, type RegistrationService } from '@lti-rooms/server-lti';
import { JAAS_DOMAIN, JitsiDeployment, jitsiDomainOf, mintJitsiToken, PUBLIC_JITSI_DOMAIN } from '@lti-rooms/server-jitsi';
import { AdminActor } from '@lti-rooms/server-http';
import { SecretBox } from './secret-box';
import { diff } from './settings-admin-service';


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
    db: Database; accounts: AccountRepository; registration: RegistrationService; outbound: OutboundClient; admin: AdminRepository; secrets: SecretBox;
    /** Called when what the Content-Security-Policy names (active platforms, Jitsi domains) changed. */
    edgeSourcesChanged?: () => void;
  }) {}

  /** Their own registration, and registrations of the same LMS (issuer) that wait for their approval. */
  async registry(accountId: string) {
    const current = (await this.deps.accounts.findById(accountId))!;
    return { current: presentPlatform(current), pending: (await this.approvable(current)).map(presentPlatform) };
  }

  /**
   * An administrator acts on their own account only; the one exception is approving a
   * registration of their own LMS that waits for it. They never deactivate or change
   * another account. A shared issuer (Canvas Cloud) names no single LMS: only the operator approves there.
   */
  private async approvable(current: Account): Promise<Account[]> {
    if (isSharedIssuer(current.issuer)) return [];
    return (await this.deps.accounts.listByIssuer(current.issuer)).filter((a) => a.id !== current.id && a.pendingSince !== null);
  }

  async setActive(actor: AdminActor, platformId: string, active: boolean) {
    const current = (await this.deps.accounts.findById(actor.accountId))!;
    if (platformId === current.id) {
      if (!active) throw forbidden('OWN_PLATFORM_DEACTIVATION');
      return this.registry(actor.accountId);
    }
    const target = (await this.approvable(current)).find((a) => a.id === platformId);
    if (!target) throw notFound('PLATFORM_NOT_FOUND');
    if (!active) throw forbidden('OTHER_PLATFORM');
    // Approved at most once, and never after the sweep removed it: the update checks it is still pending.
    if (!(await this.deps.registration.approvePending(target, current.issuer))) throw notFound('PLATFORM_NOT_FOUND');
    this.deps.edgeSourcesChanged?.();
    await this.deps.admin.audit(actor.accountId, { actorId: actor.userId, actorName: actor.name, action: 'platform.activate', target: target.id, changes: { active: { from: false, to: true } } });
    return this.registry(actor.accountId);
  }

  /**
   * What the admin page shows: never the secret itself, only whether one is set. The stored
   * credentials are there while the trial runs too (kept until replaced), with the kind they are for.
   */
  async jitsi(accountId: string) {
    const stored = await this.deps.admin.jitsiDeployment(accountId);
    const kind = stored?.kind ?? 'none';
    return {
      kind,
      domain: kind === 'none' ? PUBLIC_JITSI_DOMAIN : kind === 'jaas' ? JAAS_DOMAIN : stored?.domain ?? null,
      credentialsFor: jitsiCredentialsKind(stored),
      selfHostedDomain: stored?.domain ?? null,
      appId: stored?.appId ?? null,
      keyId: stored?.keyId ?? null,
      secretSet: Boolean(stored?.secretCiphertext),
      // Public meet.jit.si: a trial that cannot enforce roles; the admin page says so.
      publicTrial: kind === 'none',
    };
  }

  async saveJitsi(actor: AdminActor, body: JitsiBody) {
    const stored = await this.deps.admin.jitsiDeployment(actor.accountId);
    const newSecret = body.kind === 'self-hosted' ? body.appSecret : body.kind === 'jaas' ? body.privateKey : undefined;
    if (body.kind !== 'none' && !newSecret && !keepsStoredJitsiSecret(jitsiCredentialsKind(stored), Boolean(stored?.secretCiphertext), body.kind)) {
      throw invalid([{ path: body.kind === 'jaas' ? 'privateKey' : 'appSecret', code: body.kind === 'jaas' ? 'PRIVATE_KEY_REQUIRED' : 'APP_SECRET_REQUIRED' }]);
    }
    // Back to the trial: only the kind changes; the credentials stay until another deployment replaces them.
    const next: StoredJitsiDeployment = body.kind === 'none'
      ? { kind: 'none', domain: stored?.domain ?? null, appId: stored?.appId ?? null, keyId: stored?.keyId ?? null, secretCiphertext: stored?.secretCiphertext ?? null }
      : {
        kind: body.kind,
        domain: body.kind === 'self-hosted' ? body.domain : null,
        appId: body.appId,
        keyId: body.kind === 'jaas' ? body.keyId : null,
        secretCiphertext: newSecret ? this.deps.secrets.seal(newSecret) : stored!.secretCiphertext,
      };
    const before = await this.jitsi(actor.accountId);
    await this.deps.db.transaction(async (t) => {
      await this.deps.admin.saveJitsiDeployment(actor.accountId, next, t);
      const changes = diff(before, { ...before, kind: next.kind, selfHostedDomain: next.domain, appId: next.appId, keyId: next.keyId });
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

  /**
   * "Test connection": the domain serves external_api.js (over https, by host name, through
   * the outbound filter), and a minted token has the expected form. The answer says only
   * reachable, not reachable or not a Jitsi server: no status, address or error text, so
   * the test cannot be used to probe the network.
   */
  async testJitsi(accountId: string) {
    const deployment = await this.deployment(accountId);
    const checks: JitsiCheck[] = [];
    const reachability = await this.jitsiReachability(deployment.domain);
    checks.push({ name: 'external_api.js', ok: reachability === 'REACHABLE', outcome: reachability });
    const token = await mintJitsiToken(deployment, { user: { id: 'test', name: 'Connection test', email: null, avatar: null }, moderator: false, room: '*', features: {}, ttlSeconds: 60 });
    if (token === null) {
      checks.push({ name: 'token', ok: true, outcome: 'NO_TOKEN_TAKEN' });
    } else {
      const header = decodeProtectedHeader(token);
      const claims = decodeJwt(token);
      const formOk = deployment.kind === 'jaas'
        ? header.alg === 'RS256' && header.kid === deployment.keyId && claims.sub === deployment.appId
        : deployment.kind === 'self-hosted' && header.alg === 'HS256' && claims.iss === deployment.appId && claims.sub === deployment.domain;
      const ok = formOk && claims.aud === 'jitsi' && typeof claims.exp === 'number';
      checks.push(ok ? { name: 'token', ok, outcome: 'TOKEN_MINTED', params: { algorithm: header.alg ?? '', subject: String(claims.sub) } } : { name: 'token', ok, outcome: 'TOKEN_MALFORMED' });
    }
    return { ok: checks.every((c) => c.ok), checks };
  }

  private async jitsiReachability(domain: string): Promise<JitsiCheck['outcome']> {
    try {
      const response = await this.deps.outbound.request(`https://${domain}/external_api.js`, { httpsOnly: true, hostnamesOnly: true, timeoutMs: 5_000, maxBytes: 2 * 1024 * 1024 });
      return response.status >= 200 && response.status <= 299 && response.text.includes('JitsiMeetExternalAPI') ? 'REACHABLE' : 'NOT_JITSI';
    } catch (error) {
      if (error instanceof OutboundFailure && (error.kind === 'too-large' || error.kind === 'redirects')) return 'NOT_JITSI';
      return 'UNREACHABLE';
    }
  }
}
