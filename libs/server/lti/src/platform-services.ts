import { createPrivateKey, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { z } from 'zod';
import { characterLength, SCOPE, TEXT_LIMITS, truncateText } from '@lti-rooms/domain';
import type { Account } from '@lti-rooms/server-persistence';
import { LtijsProvider } from './ltijs-provider';
import { OutboundClient, OutboundFailure } from './outbound/outbound-client';

export interface RosterMember {
  ltiSub: string;
  name: string;
  email: string | null;
  roles: string[];
  status: string;
}

export interface ResourceLinkItem {
  title: string;
  text?: string;
  url: string;
  custom: Record<string, string>;
}

/** A service call to the LMS failed; the message is what users see, the cause is for the log. */
export class PlatformServiceError extends Error {}

const NRPS_MEDIA_TYPE = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json';
/** A large course's roster over many pages; each page is bounded by the outbound client too. */
const MAX_ROSTER_PAGES = 50;
const MAX_ROSTER_PAGE_BYTES = 2 * 1024 * 1024;
const TOKEN_RENEW_MARGIN_MS = 60_000;

const tokenResponseSchema = z.object({ access_token: z.string().min(1), token_type: z.string().optional(), expires_in: z.number().optional() });
const membershipPageSchema = z.object({ members: z.array(z.record(z.string(), z.unknown())).default([]) });

/**
 * LTI Advantage services. ltijs holds the tool's private key per platform and signs deep
 * linking responses; the HTTP calls to the LMS (the OAuth2 client-credentials token and
 * the roster pages) are ours, through the outbound filter: ltijs's HTTP client is a
 * module-wide `got` instance that cannot be given the filtering connection.
 */
export class PlatformServices {
  private readonly tokens = new Map<string, { value: string; expiresAt: number }>();

  constructor(
    private readonly ltijs: LtijsProvider,
    private readonly outbound: OutboundClient,
  ) {}

  async courseRoster(account: Account, membershipsUrl: string): Promise<RosterMember[]> {
    const members: Array<Record<string, unknown>> = [];
    try {
      const authorization = await this.accessToken(account, SCOPE.nrpsMembershipReadonly);
      let next: string | null = membershipsUrl;
      for (let page = 0; next && page < MAX_ROSTER_PAGES; page++) {
        const response = await this.outbound.request(next, { json: true, maxBytes: MAX_ROSTER_PAGE_BYTES, headers: { authorization, accept: NRPS_MEDIA_TYPE } });
        if (response.status < 200 || response.status > 299) throw new OutboundFailure('status', next, `answered ${response.status}`, response.status);
        members.push(...membershipPageSchema.parse(JSON.parse(response.text)).members);
        next = nextPageUrl(response.headers.get('link'), next);
      }
    } catch (error) {
      throw new PlatformServiceError('NRPS roster request failed', { cause: error });
    }
    return members
      .filter((member) => member.status === undefined || member.status === 'Active')
      .filter((member) => storableId(String(member.user_id)))
      .map((member) => ({
        ltiSub: String(member.user_id),
        name: storableName(String(member.name ?? ([member.given_name, member.family_name].filter(Boolean).join(' ') || member.user_id))),
        email: typeof member.email === 'string' && characterLength(member.email) <= TEXT_LIMITS.email && !member.email.includes('\u0000') ? member.email : null,
        roles: Array.isArray(member.roles) ? member.roles.map(String) : [],
        status: String(member.status ?? 'Active'),
      }));
  }

  /** The signed LtiDeepLinkingResponse and where the browser must post it. */
  async deepLinkingResponse(account: Account, deploymentId: string, settings: Record<string, unknown>, item: ResourceLinkItem): Promise<{ action: string; jwt: string }> {
    const idtoken = { iss: account.issuer, clientId: account.clientId, deploymentId, platformContext: { deepLinkingSettings: settings } };
    const contentItem = { type: 'ltiResourceLink', title: item.title, text: item.text, url: item.url, custom: item.custom };
    const jwt = await this.ltijs.DeepLinking.createDeepLinkingMessage(idtoken, [contentItem], { message: `Added ${item.title}` });
    return { action: String(settings.deep_link_return_url), jwt };
  }

  /** OAuth2 client credentials with a signed client assertion (LTI Security 4.1), kept until shortly before expiry. */
  async accessToken(account: Account, scope: string): Promise<string> {
    const key = `${account.id} ${scope}`;
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > Date.now()) return cached.value;
    const platform = await this.ltijs.getPlatform(account.issuer, account.clientId);
    if (!platform) throw new Error(`ltijs has no keys for ${account.issuer} ${account.clientId}`);
    const assertion = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: await platform.platformKid() })
      .setIssuer(account.clientId)
      .setSubject(account.clientId)
      .setAudience(account.tokenEndpoint)
      .setIssuedAt()
      .setExpirationTime('60s')
      .setJti(randomUUID())
      .sign(createPrivateKey(await platform.platformPrivateKey()));
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope,
    });
    const answer = tokenResponseSchema.parse(await this.outbound.json(account.tokenEndpoint, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString(),
    }));
    const value = `Bearer ${answer.access_token}`;
    this.tokens.set(key, { value, expiresAt: Date.now() + (answer.expires_in ?? 3600) * 1000 - TOKEN_RENEW_MARGIN_MS });
    return value;
  }
}

/** The `rel="next"` target of an RFC 8288 Link header, if any. */
function nextPageUrl(link: string | null, current: string): string | null {
  for (const part of (link ?? '').split(',')) {
    const match = /<([^>]*)>\s*;(.*)/.exec(part.trim());
    if (match && /\brel="?next"?/i.test(match[2])) return new URL(match[1], current).href;
  }
  return null;
}

/** A roster entry becomes a user row when picked as a collaborator: it must fit the columns a launch fills. */
const storableId = (id: string) => id.length > 0 && characterLength(id) <= TEXT_LIMITS.ltiId && !id.includes('\u0000');
const storableName = (name: string) => truncateText(name.replaceAll('\u0000', ''), TEXT_LIMITS.personName);
