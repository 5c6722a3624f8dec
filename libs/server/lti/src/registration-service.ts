import { z } from 'zod';
import {
  issuerMatchesConfigurationUrl, MAX_PENDING_REGISTRATIONS, MAX_PENDING_REGISTRATIONS_PER_ISSUER, PENDING_REGISTRATION_TTL_DAYS,
  PLATFORM_CONFIGURATION_KEY, TEXT_LIMITS, TOOL_CONFIGURATION_KEY, truncateText,
} from '@lti-rooms/domain';
import type { Account, AccountRepository, RegistrationMethod } from '@lti-rooms/server-persistence';
import { LtijsProvider } from './ltijs-provider';
import { OutboundClient, OutboundFailure } from './outbound/outbound-client';
import { RegistrationError, RegistrationErrorCode } from './registration-errors';
import { toolRegistrationRequest } from './tool-registration-request';

export interface PlatformRegistration {
  issuer: string;
  clientId: string;
  name: string;
  authEndpoint: string;
  tokenEndpoint: string;
  jwksUri: string;
  deploymentIds: string[];
}

const TOOL_CONFIG = TOOL_CONFIGURATION_KEY;
const PLATFORM_CONFIG = PLATFORM_CONFIGURATION_KEY;
const MAX_URL_LENGTH = 1000;
const url = z.url().max(MAX_URL_LENGTH);

// Bounded by the columns they are stored in (TEXT_LIMITS), so a platform's document cannot fail the insert.
const storedUrl = z.url().max(TEXT_LIMITS.url);
const openIdConfigurationSchema = z.object({
  issuer: z.url().max(TEXT_LIMITS.issuer),
  authorization_endpoint: storedUrl,
  token_endpoint: storedUrl,
  jwks_uri: storedUrl,
  registration_endpoint: url,
  [PLATFORM_CONFIG]: z.object({ product_family_code: z.string().max(100).optional() }).loose().optional(),
});

const registrationResponseSchema = z.object({
  client_id: z.string().min(1).max(TEXT_LIMITS.ltiId),
  [TOOL_CONFIG]: z.object({ deployment_id: z.string().min(1).max(TEXT_LIMITS.ltiId).optional() }).loose().optional(),
});

/** Registers platforms by hand or through LTI Dynamic Registration; ltijs keeps their keys. */
export class RegistrationService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly ltijs: LtijsProvider,
    private readonly outbound: OutboundClient,
    private readonly tool: { publicUrl: string; autoActivate: boolean; name: string },
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * A new account, never a change to an existing one: a registration that names a known
   * issuer and client id is refused (deployments of a known account are added by the operator).
   * A dynamic registration that is not active waits for approval (see pendingSince).
   */
  async register(registration: PlatformRegistration, method: RegistrationMethod, active: boolean): Promise<Account> {
    if (await this.accounts.findByIssuerAndClient(registration.issuer, registration.clientId)) {
      throw new RegistrationError('ALREADY_REGISTERED', `${registration.issuer} ${registration.clientId}`);
    }
    const platform = await this.ltijs.registerPlatform({
      url: registration.issuer,
      name: registration.name,
      clientId: registration.clientId,
      authenticationEndpoint: registration.authEndpoint,
      accesstokenEndpoint: registration.tokenEndpoint,
      authorizationServer: registration.tokenEndpoint,
      authConfig: { method: 'JWK_SET', key: registration.jwksUri },
    });
    await platform.platformActive(active);
    const pendingSince = method === 'dynamic' && !active ? this.clock() : null;
    try {
      return await this.accounts.create({ ...registration, active, pendingSince, registrationMethod: method, ltiPlatformKid: await platform.platformKid() });
    } catch (error) {
      // A registration of the same platform that won a race keeps its keys.
      if (await this.accounts.findByIssuerAndClient(registration.issuer, registration.clientId)) {
        throw new RegistrationError('ALREADY_REGISTERED', `${registration.issuer} ${registration.clientId} (concurrent)`);
      }
      await this.ltijs.deletePlatform(registration.issuer, registration.clientId);
      throw error;
    }
  }

  /** An operator's decision (command line); activation lives in our table and in ltijs. */
  async setActive(account: Account, active: boolean): Promise<Account> {
    await this.accounts.setActive(account.id, active);
    await this.syncLtijs(account, active);
    return (await this.accounts.findById(account.id))!;
  }

  /** An administrator of `issuer` approves a registration of their LMS; false unless it is still pending. */
  async approvePending(account: Account, issuer: string): Promise<boolean> {
    if (!(await this.accounts.approvePending(account.id, issuer))) return false;
    await this.syncLtijs(account, true);
    return true;
  }

  /**
   * Removes registrations nobody approved within PENDING_REGISTRATION_TTL_DAYS, with their
   * keys. Safe on every process at once: each is deleted only if it is still pending then.
   */
  async removeExpiredPending(): Promise<Account[]> {
    const cutoff = new Date(this.clock().getTime() - PENDING_REGISTRATION_TTL_DAYS * 24 * 3600_000);
    const removed: Account[] = [];
    for (const account of await this.accounts.listPendingSince(cutoff)) {
      if (!(await this.accounts.removeIfPendingSince(account.id, cutoff))) continue;
      await this.forget(account);
      removed.push(account);
    }
    return removed;
  }

  /** Drops ltijs's copy of a removed platform (its keys) too. */
  async forget(account: Account): Promise<void> {
    await this.ltijs.deletePlatform(account.issuer, account.clientId);
  }

  /**
   * LTI Dynamic Registration (as Moodle, Canvas and Brightspace run it). We do it ourselves
   * rather than through ltijs, which drops the deployment id the platform answers with and
   * fetches whatever URL it is given. Every request goes through the outbound filter.
   */
  async registerDynamically(openIdConfigurationUrl: string, registrationToken?: string): Promise<Account> {
    // Canvas wants the token on the configuration request too; it never follows a redirect elsewhere.
    const bearer: Record<string, string> = registrationToken ? { authorization: `Bearer ${registrationToken}` } : {};
    const platform = await this.readConfiguration(openIdConfigurationUrl, bearer);
    await this.checkRoomForPending(platform.issuer);
    const registered = await this.call('REGISTRATION_REFUSED', () => this.outbound.json(platform.registration_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer },
      body: JSON.stringify(toolRegistrationRequest(this.tool)),
    }));
    const response = registrationResponseSchema.safeParse(registered);
    if (!response.success) throw new RegistrationError('REGISTRATION_REFUSED', 'the answer has no usable client_id');
    const deploymentId = response.data[TOOL_CONFIG]?.deployment_id;
    const account = await this.register(
      {
        issuer: platform.issuer,
        clientId: response.data.client_id,
        name: truncateText(platform[PLATFORM_CONFIG]?.product_family_code ?? new URL(platform.issuer).host, TEXT_LIMITS.platformName),
        authEndpoint: platform.authorization_endpoint,
        tokenEndpoint: platform.token_endpoint,
        jwksUri: platform.jwks_uri,
        deploymentIds: deploymentId ? [deploymentId] : [],
      },
      'dynamic',
      false,
    );
    // Auto-activation is for an LMS new to the tool; a second account of a known issuer waits for approval.
    if (this.tool.autoActivate && (await this.accounts.activateIfOnlyOneOfIssuer(account.id, account.issuer))) {
      await this.syncLtijs(account, true);
    }
    return (await this.accounts.findById(account.id))!;
  }

  private async readConfiguration(configurationUrl: string, bearer: Record<string, string>) {
    const document = await this.call('CONFIGURATION_UNREADABLE', () => this.outbound.json(configurationUrl, { headers: bearer }));
    const parsed = openIdConfigurationSchema.safeParse(document);
    if (!parsed.success) {
      throw new RegistrationError('CONFIGURATION_INVALID', `missing or invalid: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    }
    const platform = parsed.data;
    if (!issuerMatchesConfigurationUrl(platform.issuer, configurationUrl)) {
      throw new RegistrationError('CONFIGURATION_INVALID', `issuer ${platform.issuer} is not on the host of ${configurationUrl}`);
    }
    for (const endpoint of ['authorization_endpoint', 'token_endpoint', 'jwks_uri', 'registration_endpoint'] as const) {
      try {
        this.outbound.policy.checkUrl(new URL(platform[endpoint]));
      } catch (error) {
        throw new RegistrationError('CONFIGURATION_INVALID', `${endpoint}: ${(error as Error).message}`);
      }
    }
    return platform;
  }

  private async checkRoomForPending(issuer: string): Promise<void> {
    const [ofIssuer, total] = [await this.accounts.countPending(issuer), await this.accounts.countPending()];
    if (ofIssuer >= MAX_PENDING_REGISTRATIONS_PER_ISSUER || total >= MAX_PENDING_REGISTRATIONS) {
      throw new RegistrationError('TOO_MANY_PENDING', `${ofIssuer} pending for ${issuer}, ${total} in all`);
    }
  }

  private async call<T>(code: RegistrationErrorCode, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (error instanceof OutboundFailure) throw new RegistrationError(code, `${error.url}: ${error.message}`);
      throw error;
    }
  }

  private async syncLtijs(account: Account, active: boolean): Promise<void> {
    const platform = await this.ltijs.getPlatform(account.issuer, account.clientId);
    if (platform) await platform.platformActive(active);
  }
}
