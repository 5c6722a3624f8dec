import { decodeJwt, errors as joseErrors, jwtVerify, JWTPayload } from 'jose';
import type { Account, AccountRepository, FoundLoginState, LoginState, LoginStateRepository } from '@lti-rooms/server-persistence';
import { mapLtiRoles } from '@lti-rooms/domain';
import { InactiveRegistration, LaunchContext, LaunchRecovery, LaunchRefused } from './launch-errors';
import { CLAIM, LaunchClaims, launchClaimsSchema, SUPPORTED_MESSAGE_TYPES, SupportedMessageType } from './lti-claims';
import { PlatformKeys, PlatformKeysUnavailable } from './platform-keys';

export const LOGIN_STATE_MAX_AGE_MS = 10 * 60_000;
const ID_TOKEN_MAX_AGE_S = 5 * 60;
const CLOCK_SKEW_S = 60;

export interface LaunchRequest {
  idToken: string | undefined;
  state: string | undefined;
  /** Whether this browser sent the cookie set for this state at login. */
  hasStateCookie: boolean;
  /** Whether it sent any login cookie at all (none at all: cookies are blocked). */
  hasAnyStateCookie: boolean;
  /**
   * State and nonce as the tool's page read them back from the platform's storage
   * (LTI postMessage Storage), in place of the cookie. Only the tool's own launch page
   * sends them (see the launch router's same-origin check).
   */
  platformStorage?: { state: string; nonce: string };
}

export interface VerifiedLaunch {
  account: Account;
  loginState: LoginState;
  claims: LaunchClaims;
  messageType: SupportedMessageType;
  deploymentId: string;
}

/**
 * Checks an id_token the way LTI 1.3 Core and OIDC require, reading only: nothing is
 * written until every check has passed. Besides what ltijs checks, it binds the nonce to
 * the login that issued it and accepts only registered deployment ids.
 */
export class LaunchVerifier {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly loginStates: LoginStateRepository,
    private readonly keys: PlatformKeys,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Refusals carry what was known of the launch by then (account, issuer, client, deployment, message type). */
  async verify(request: LaunchRequest): Promise<VerifiedLaunch> {
    const context: LaunchContext = {};
    try {
      return await this.check(request, context);
    } catch (error) {
      if (error instanceof LaunchRefused) error.withContext(context);
      throw error;
    }
  }

  private async check(request: LaunchRequest, context: LaunchContext): Promise<VerifiedLaunch> {
    const { idToken, state } = request;
    if (!idToken) throw new LaunchRefused('MISSING_ID_TOKEN');
    if (!isJwt(idToken)) throw new LaunchRefused('MALFORMED_ID_TOKEN');
    if (!state) throw new LaunchRefused('MISSING_STATE');
    const loginState = await this.loginStates.find(state);
    if (loginState) context.accountId = loginState.accountId;
    // A used login is a replay whichever browser presents it (its cookie is gone by then).
    if (loginState?.consumedAt) throw new LaunchRefused('LAUNCH_REPLAYED');
    const expired = !loginState || this.clock().getTime() - loginState.createdAt.getTime() > LOGIN_STATE_MAX_AGE_MS;
    if (request.platformStorage) {
      // The platform's storage answers for this browser: it must hold this very login.
      if (!loginState || expired) throw new LaunchRefused('STATE_UNKNOWN');
      if (request.platformStorage.state !== state || request.platformStorage.nonce !== loginState.nonce) throw new LaunchRefused('STATE_MISMATCH');
    } else if (!request.hasStateCookie) {
      if (request.hasAnyStateCookie) throw new LaunchRefused('STATE_MISMATCH');
      throw new LaunchRefused('STATE_COOKIE_MISSING', undefined, !loginState || expired ? undefined : await this.recoveryFor(loginState));
    }
    if (!loginState || expired) throw new LaunchRefused('STATE_UNKNOWN');

    const account = await this.accounts.findById(loginState.accountId);
    if (!account) throw new LaunchRefused('UNKNOWN_PLATFORM');
    Object.assign(context, { issuer: account.issuer, clientId: account.clientId });

    const payload = await this.verifySignature(idToken, account);
    this.checkIssuerAndAudience(payload, account);
    this.checkTimes(payload);
    await this.checkNonce(payload, account, loginState);

    const parsed = launchClaimsSchema.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new LaunchRefused(issue.code === 'too_big' ? 'CLAIM_TOO_LONG' : 'INVALID_CLAIMS', `${issue.path.join('.')}: ${issue.message}`);
    }
    const claims = parsed.data;
    const messageType = claims[CLAIM.messageType];
    if (isSupported(messageType)) context.messageType = messageType;
    context.deploymentId = claims[CLAIM.deploymentId];
    if (!isSupported(messageType)) throw new LaunchRefused('UNSUPPORTED_MESSAGE', messageType);
    if (messageType === 'LtiResourceLinkRequest' && !claims[CLAIM.resourceLink]) {
      throw new LaunchRefused('INVALID_CLAIMS', `${CLAIM.resourceLink} is required`);
    }
    if (messageType === 'LtiDeepLinkingRequest' && !claims[CLAIM.deepLinkingSettings]) {
      throw new LaunchRefused('INVALID_CLAIMS', `${CLAIM.deepLinkingSettings} is required`);
    }
    const deploymentId = claims[CLAIM.deploymentId];
    if (!deploymentId) throw new LaunchRefused('DEPLOYMENT_MISSING');
    if (!account.deploymentIds.includes(deploymentId)) throw new LaunchRefused('DEPLOYMENT_UNKNOWN', deploymentId);
    // Refused only now, with every check passed: the roles can be trusted to decide who sees the registration.
    if (!account.active) throw inactivePlatform(account, deploymentId, claims[CLAIM.roles]);
    return { account, loginState, claims, messageType, deploymentId };
  }

  /** None when the login kept no parameters (a login from before they were kept) or its platform is gone. */
  private async recoveryFor(loginState: LoginState): Promise<LaunchRecovery | undefined> {
    if (Object.keys(loginState.loginParams).length === 0) return undefined;
    const account = await this.accounts.findById(loginState.accountId);
    const platformOrigin = account ? URL.parse(account.authEndpoint)?.origin : undefined;
    return platformOrigin ? { loginParams: loginState.loginParams, platformOrigin, nonce: loginState.nonce } : undefined;
  }

  private async verifySignature(idToken: string, account: Account): Promise<JWTPayload> {
    try {
      // Times are checked separately below, after the signature, with our own codes.
      const { payload } = await jwtVerify(idToken, this.keys.forKeysetUrl(account.jwksUri), {
        algorithms: ['RS256'],
        currentDate: this.clock(),
        clockTolerance: 10 * 365 * 24 * 3600,
      });
      return payload;
    } catch (error) {
      if (error instanceof PlatformKeysUnavailable) throw new LaunchRefused('PLATFORM_KEYS_UNAVAILABLE');
      if (error instanceof joseErrors.JOSEError) throw new LaunchRefused('BAD_SIGNATURE', error.code);
      throw error;
    }
  }

  private checkIssuerAndAudience(payload: JWTPayload, account: Account): void {
    if (payload.iss !== account.issuer) throw new LaunchRefused('WRONG_ISSUER', String(payload.iss));
    const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if (!audiences.includes(account.clientId)) throw new LaunchRefused('WRONG_AUDIENCE');
    const azp = (payload as { azp?: unknown }).azp;
    if (audiences.length > 1 && azp !== account.clientId) throw new LaunchRefused('WRONG_AUDIENCE', 'azp');
  }

  private checkTimes(payload: JWTPayload): void {
    const now = Math.floor(this.clock().getTime() / 1000);
    if (typeof payload.exp !== 'number' || typeof payload.iat !== 'number') {
      throw new LaunchRefused('INVALID_CLAIMS', 'exp and iat are required');
    }
    if (payload.exp + CLOCK_SKEW_S < now) throw new LaunchRefused('TOKEN_EXPIRED');
    if (payload.iat - CLOCK_SKEW_S > now) throw new LaunchRefused('TOKEN_NOT_YET_VALID');
    if (now - payload.iat > ID_TOKEN_MAX_AGE_S + CLOCK_SKEW_S) throw new LaunchRefused('TOKEN_TOO_OLD');
  }

  private async checkNonce(payload: JWTPayload, account: Account, loginState: FoundLoginState): Promise<void> {
    const nonce = (payload as { nonce?: unknown }).nonce;
    if (typeof nonce !== 'string' || nonce === '') throw new LaunchRefused('INVALID_CLAIMS', 'nonce is required');
    // The login's own nonce was looked up with the login; any other is looked up now. Either way
    // the launch's transaction records the nonce, which refuses a replay racing this one.
    const used = nonce === loginState.nonce && loginState.accountId === account.id ? loginState.nonceUsed : await this.loginStates.isNonceUsed(account.id, nonce);
    if (used) throw new LaunchRefused('NONCE_REPLAYED');
    if (nonce !== loginState.nonce) throw new LaunchRefused('NONCE_MISMATCH');
  }
}

/** Names the registration to activate, but only to an LMS administrator (institution or system Administrator). */
function inactivePlatform(account: Account, deploymentId: string, roles: readonly string[]): LaunchRefused {
  const context = { issuer: account.issuer, clientId: account.clientId, deploymentId };
  const registration: InactiveRegistration | undefined = mapLtiRoles(roles).isAdministrator
    ? {
      id: account.id, platformName: account.name, issuer: account.issuer, clientId: account.clientId, deploymentId,
      deploymentIds: account.deploymentIds, registeredAt: account.createdAt.toISOString(), pending: account.pendingSince !== null,
    }
    : undefined;
  return new LaunchRefused('PLATFORM_INACTIVE', undefined, undefined, { context, registration });
}

function isJwt(token: string): boolean {
  try {
    decodeJwt(token);
    return true;
  } catch {
    return false;
  }
}

const isSupported = (type: string): type is SupportedMessageType => (SUPPORTED_MESSAGE_TYPES as readonly string[]).includes(type);
