import { z } from 'zod';
import { PLATFORM_CONFIGURATION_KEY, SCOPE, TEXT_LIMITS, TOOL_CONFIGURATION_KEY, truncateText } from '@lti-rooms/domain';
import type { Account, AccountRepository, RegistrationMethod } from '@lti-rooms/server-persistence';
import { LtijsProvider } from './ltijs-provider';

export interface PlatformRegistration {
  issuer: string;
  clientId: string;
  name: string;
  authEndpoint: string;
  tokenEndpoint: string;
  jwksUri: string;
  deploymentIds: string[];
}

export class RegistrationError extends Error {}

const NRPS_SCOPE = SCOPE.nrpsMembershipReadonly;
const TOOL_CONFIG = TOOL_CONFIGURATION_KEY;
const PLATFORM_CONFIG = PLATFORM_CONFIGURATION_KEY;

// Bounded by the columns they are stored in (TEXT_LIMITS), so a platform's document cannot fail the insert.
const storedUrl = z.url().max(TEXT_LIMITS.url);
const openIdConfigurationSchema = z.object({
  issuer: z.url().max(TEXT_LIMITS.issuer),
  authorization_endpoint: storedUrl,
  token_endpoint: storedUrl,
  jwks_uri: storedUrl,
  registration_endpoint: z.url(),
  [PLATFORM_CONFIG]: z.object({ product_family_code: z.string().optional() }).loose().optional(),
});

const registrationResponseSchema = z.object({
  client_id: z.string().min(1).max(TEXT_LIMITS.ltiId),
  client_name: z.string().optional(),
  [TOOL_CONFIG]: z.object({ deployment_id: z.string().min(1).max(TEXT_LIMITS.ltiId).optional() }).loose().optional(),
});

/** Registers platforms by hand or through LTI Dynamic Registration; ltijs keeps their keys. */
export class RegistrationService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly ltijs: LtijsProvider,
    private readonly tool: { publicUrl: string; autoActivate: boolean; name: string },
  ) {}

  async register(registration: PlatformRegistration, method: RegistrationMethod, active: boolean): Promise<Account> {
    const existing = await this.accounts.findByIssuerAndClient(registration.issuer, registration.clientId);
    if (existing) {
      for (const deploymentId of registration.deploymentIds) await this.accounts.addDeployment(existing.id, deploymentId);
      return (await this.accounts.findById(existing.id))!;
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
    try {
      return await this.accounts.create({ ...registration, active, registrationMethod: method, ltiPlatformKid: await platform.platformKid() });
    } catch (error) {
      await this.ltijs.deletePlatform(registration.issuer, registration.clientId);
      throw error;
    }
  }

  /** Activation lives in our accounts table and in ltijs, whose services refuse inactive platforms. */
  async setActive(account: Account, active: boolean): Promise<Account> {
    await this.accounts.setActive(account.id, active);
    const platform = await this.ltijs.getPlatform(account.issuer, account.clientId);
    if (platform) await platform.platformActive(active);
    return (await this.accounts.findById(account.id))!;
  }

  /** Drops ltijs's copy of a removed platform (its keys) too. */
  async forget(account: Account): Promise<void> {
    await this.ltijs.deletePlatform(account.issuer, account.clientId);
  }

  /**
   * LTI Dynamic Registration (as Moodle, Canvas and Brightspace run it). We do it ourselves
   * rather than through ltijs, which drops the deployment id the platform answers with.
   */
  async registerDynamically(openIdConfigurationUrl: string, registrationToken?: string): Promise<Account> {
    const configuration = openIdConfigurationSchema.safeParse(await fetchJson(openIdConfigurationUrl));
    if (!configuration.success) {
      throw new RegistrationError(`The platform configuration is incomplete: ${configuration.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    }
    const platform = configuration.data;
    const response = await fetchJson(platform.registration_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(registrationToken ? { authorization: `Bearer ${registrationToken}` } : {}) },
      body: JSON.stringify(this.registrationRequest()),
    });
    const registered = registrationResponseSchema.safeParse(response);
    if (!registered.success) throw new RegistrationError('The platform answered the registration without a client_id.');
    const deploymentId = registered.data[TOOL_CONFIG]?.deployment_id;
    return this.register(
      {
        issuer: platform.issuer,
        clientId: registered.data.client_id,
        name: truncateText(platform[PLATFORM_CONFIG]?.product_family_code ?? new URL(platform.issuer).host, TEXT_LIMITS.platformName),
        authEndpoint: platform.authorization_endpoint,
        tokenEndpoint: platform.token_endpoint,
        jwksUri: platform.jwks_uri,
        deploymentIds: deploymentId ? [deploymentId] : [],
      },
      'dynamic',
      this.tool.autoActivate,
    );
  }

  private registrationRequest(): Record<string, unknown> {
    const url = this.tool.publicUrl;
    return {
      application_type: 'web',
      response_types: ['id_token'],
      grant_types: ['implicit', 'client_credentials'],
      initiate_login_uri: `${url}/lti/login`,
      redirect_uris: [`${url}/lti/launch`],
      client_name: this.tool.name,
      jwks_uri: `${url}/lti/keys`,
      token_endpoint_auth_method: 'private_key_jwt',
      scope: NRPS_SCOPE,
      [TOOL_CONFIG]: {
        domain: new URL(url).host,
        description: 'Live meeting rooms for your course, with video.',
        target_link_uri: `${url}/lti/launch`,
        claims: ['iss', 'sub', 'name', 'given_name', 'family_name', 'email', 'picture', 'locale'],
        messages: [
          { type: 'LtiResourceLinkRequest', target_link_uri: `${url}/lti/launch`, label: this.tool.name },
          { type: 'LtiDeepLinkingRequest', target_link_uri: `${url}/lti/launch`, label: `Add a room (${this.tool.name})` },
        ],
      },
    };
  }
}

async function fetchJson(url: string, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new RegistrationError(`Could not reach ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new RegistrationError(`${url} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
  try {
    return await response.json();
  } catch {
    throw new RegistrationError(`${url} did not answer with JSON`);
  }
}
