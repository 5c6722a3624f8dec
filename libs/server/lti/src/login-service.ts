import { randomBytes } from 'node:crypto';
import { loginParametersToKeep, oversizedLoginParameter } from '@lti-rooms/domain';
import type { Account, AccountRepository, LoginStateRepository } from '@lti-rooms/server-persistence';
import { LaunchContext, LaunchRefused } from './launch-errors';

/** The OIDC third-party-initiated login parameters (LTI 1.3 Core, 4.1). */
export interface LoginInitiation {
  iss?: string;
  login_hint?: string;
  target_link_uri?: string;
  lti_message_hint?: string;
  client_id?: string;
  lti_deployment_id?: string;
  /** The platform offers its storage in this frame (LTI Client Side postMessages). */
  lti_storage_target?: string;
}

export interface LoginRedirect {
  state: string;
  nonce: string;
  redirectUrl: string;
  /** The origin of the platform's authorization endpoint: the only one platform storage messages go to. */
  platformOrigin: string;
}

/** Starts a launch: remembers a fresh state and nonce, and sends the browser to the platform. */
export class LoginService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly loginStates: LoginStateRepository,
    private readonly launchUrl: string,
  ) {}

  /**
   * `admit` is asked once the account is known, before anything is stored (its rate limit);
   * it refuses by throwing.
   */
  async begin(params: LoginInitiation, admit: (account: Account) => Promise<void> = async () => undefined): Promise<LoginRedirect> {
    const context: LaunchContext = {};
    try {
      return await this.start(params, admit, context);
    } catch (error) {
      if (error instanceof LaunchRefused) error.withContext(context);
      throw error;
    }
  }

  private async start(params: LoginInitiation, admit: (account: Account) => Promise<void>, context: LaunchContext): Promise<LoginRedirect> {
    // Checked first: an oversized login costs no database work and stores nothing.
    const oversized = oversizedLoginParameter(params as Record<string, unknown>);
    if (oversized) throw new LaunchRefused('LOGIN_PARAMETER_TOO_LONG', `${oversized.name}: at most ${oversized.maxLength} characters`);
    const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
    const [iss, loginHint, targetLinkUri] = [text(params.iss), text(params.login_hint), text(params.target_link_uri)];
    if (!iss || !loginHint || !targetLinkUri) throw new LaunchRefused('LOGIN_MISSING_PARAMETERS');
    Object.assign(context, { issuer: iss, clientId: text(params.client_id), deploymentId: text(params.lti_deployment_id) });
    if (!isOnOrigin(targetLinkUri, new URL(this.launchUrl).origin)) throw new LaunchRefused('TARGET_LINK_FOREIGN');
    const account = await this.findAccount(iss, text(params.client_id));
    Object.assign(context, { accountId: account.id, clientId: account.clientId });
    if (params.lti_deployment_id && !account.deploymentIds.includes(params.lti_deployment_id)) {
      throw new LaunchRefused('DEPLOYMENT_UNKNOWN', params.lti_deployment_id);
    }
    await admit(account);
    const state = randomBytes(24).toString('base64url');
    const nonce = randomBytes(24).toString('base64url');
    const loginParams = loginParametersToKeep(params as Record<string, unknown>) as Record<string, string>;
    await this.loginStates.create({ state, nonce, accountId: account.id, loginParams });
    const query = new URLSearchParams({
      scope: 'openid',
      response_type: 'id_token',
      response_mode: 'form_post',
      prompt: 'none',
      client_id: account.clientId,
      redirect_uri: this.launchUrl,
      login_hint: loginHint,
      state,
      nonce,
    });
    if (params.lti_message_hint) query.set('lti_message_hint', params.lti_message_hint);
    const separator = account.authEndpoint.includes('?') ? '&' : '?';
    return { state, nonce, redirectUrl: `${account.authEndpoint}${separator}${query}`, platformOrigin: new URL(account.authEndpoint).origin };
  }

  /**
   * The account the login names: its issuer and client id, nothing looser. Platforms that
   * omit client_id (older Moodle) get the one active account of their issuer; a pending or
   * deactivated registration of the same issuer never changes which one that is.
   *
   * A registered but inactive account's login goes on: the launch is refused only once its
   * id_token is verified (LaunchVerifier), so the page can tell a verified LMS administrator
   * which registration to activate.
   */
  private async findAccount(issuer: string, clientId: string | undefined): Promise<Account> {
    if (clientId) {
      const account = await this.accounts.findByIssuerAndClient(issuer, clientId);
      if (!account) throw new LaunchRefused('UNKNOWN_PLATFORM', issuer);
      return account;
    }
    const ofIssuer = await this.accounts.listByIssuer(issuer);
    if (ofIssuer.length === 0) throw new LaunchRefused('UNKNOWN_PLATFORM', issuer);
    const active = ofIssuer.filter((account) => account.active);
    if (active.length > 1) throw new LaunchRefused('PLATFORM_AMBIGUOUS');
    if (active.length === 1) return active[0];
    // None active: only a lone registration can be named without a client id.
    if (ofIssuer.length > 1) throw new LaunchRefused('PLATFORM_INACTIVE', undefined, undefined, { context: { issuer } });
    return ofIssuer[0];
  }
}

function isOnOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
