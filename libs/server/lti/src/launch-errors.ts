import { LOGIN_PARAMETER_MAX_LENGTH } from '@lti-rooms/domain';

const LOGIN_LIMITS = Object.entries(LOGIN_PARAMETER_MAX_LENGTH).map(([name, max]) => `${name} ${max}`).join(', ');

/** Every way an LTI login or launch is refused, with what the user and the administrator are told. */
export const LAUNCH_ERRORS = {
  LOGIN_PARAMETER_TOO_LONG: [400, 'The LMS sent an oversized login request', 'A login parameter is longer than LTI Rooms accepts, so the login was not started.', `LTI Rooms keeps at most these many characters of each login parameter: ${LOGIN_LIMITS}. Check what the platform sends to /lti/login.`],
  RATE_LIMITED: [429, 'Too many launches right now', 'LTI Rooms is receiving more requests from your network or your LMS than it accepts at once. Wait a moment, then open the tool again.', 'The limits are set by RATE_LIMIT_LTI_PER_IP, RATE_LIMIT_LTI_PER_ACCOUNT and RATE_LIMIT_REGISTER_PER_IP (see the README); raise them if a whole class behind one address is refused.'],
  LOGIN_MISSING_PARAMETERS: [400, 'The LMS sent an incomplete login request', 'The login request lacks iss, login_hint or target_link_uri.', 'Check that the platform initiates the OIDC login at /lti/login with iss, login_hint and target_link_uri (LTI 1.3 Core, section 4.1).'],
  UNKNOWN_PLATFORM: [403, 'This LMS is not registered with LTI Rooms', 'The launch came from a platform (issuer and client id) that LTI Rooms does not know.', 'Register the platform with Dynamic Registration or `npm run platforms -- add`, and check that its issuer and client id match exactly.'],
  PLATFORM_AMBIGUOUS: [403, 'LTI Rooms cannot tell which registration of this LMS to use', 'The LMS started the launch without a client id, and several active registrations share its issuer.', 'Configure the LMS to send client_id in the login request (LTI 1.3 Core, section 4.1), or deactivate the registrations that are no longer used (`npm run platforms -- list`).'],
  TARGET_LINK_FOREIGN: [400, 'The launch points outside LTI Rooms', 'The login request’s target_link_uri is not an address of this tool.', 'The target link URI in the LMS must start with the tool’s public address (PUBLIC_URL), e.g. https://<your host>/lti/launch.'],
  PLATFORM_INACTIVE: [403, 'LTI Rooms is not activated for this LMS yet', 'This platform is registered but an administrator has not activated it.', 'An operator of LTI Rooms must activate this registration (`npm run platforms -- list` and `activate`, or the operator page). An LMS administrator who opens the tool is shown which registration it is.'],
  DEPLOYMENT_MISSING: [400, 'The launch names no deployment', 'The id_token carries no deployment_id claim.', 'The platform must send https://purl.imsglobal.org/spec/lti/claim/deployment_id in every launch.'],
  DEPLOYMENT_UNKNOWN: [403, 'This deployment of LTI Rooms is not registered', 'The launch came from a deployment id that was never registered for this platform.', 'Add the deployment id to the platform registration (`npm run platforms -- add-deployment`) or register the tool again with Dynamic Registration.'],
  MISSING_ID_TOKEN: [400, 'This launch carried no LTI message', 'The request to /lti/launch has no id_token.', 'The platform must POST the id_token and state form fields to /lti/launch (form_post response mode).'],
  MALFORMED_ID_TOKEN: [400, 'The LTI message could not be read', 'The id_token is not a well-formed signed JWT.', 'Check the platform’s LTI 1.3 configuration; the id_token must be an RS256-signed JWT.'],
  MISSING_STATE: [400, 'The launch lost its login state', 'The request to /lti/launch has no state field.', 'The platform must return the state it received at its authorization endpoint unchanged.'],
  STATE_COOKIE_MISSING: [401, 'Your browser blocked LTI Rooms inside the course page', 'The launch could not be tied to this browser because its cookie was not sent. This happens when third-party cookies are blocked.', 'Ask users to open the tool in a new window, or allow third-party cookies for this site. The tool must be served over https so its cookies are SameSite=None; Secure.'],
  STATE_MISMATCH: [401, 'This launch belongs to another browser window', 'The login state in the launch does not match this browser’s login cookie.', 'This usually means a launch was replayed or forwarded. Launch again from the course.'],
  STATE_UNKNOWN: [401, 'This launch has expired', 'The login that started this launch is unknown or older than ten minutes.', 'Launch again from the course. If it keeps happening, check the tool server’s clock.'],
  LAUNCH_REPLAYED: [401, 'This launch was already used', 'The same login was presented twice. Each launch can be used once.', 'Launch again from the course. Repeated replays may indicate an attack or a proxy resending requests.'],
  BAD_SIGNATURE: [401, 'The LTI message signature is not valid', 'The id_token was not signed by a key of the registered platform.', 'Check the platform’s public keyset URL (JWKS) in the registration and that the platform signs with a key listed there.'],
  WRONG_ISSUER: [401, 'The LTI message came from the wrong platform', 'The id_token’s issuer is not the platform the login started with.', 'Check that the platform’s issuer in the registration matches the iss claim it sends.'],
  WRONG_AUDIENCE: [401, 'The LTI message was meant for another tool', 'The id_token’s audience does not include this tool’s client id.', 'Check the client id in the registration against the aud and azp claims the platform sends.'],
  TOKEN_EXPIRED: [401, 'The LTI message has expired', 'The id_token’s expiry time has passed.', 'Launch again. If it keeps happening, compare the clocks of the LMS and the tool server.'],
  TOKEN_TOO_OLD: [401, 'The LTI message is too old', 'The id_token was issued more than five minutes ago.', 'Launch again. If it keeps happening, compare the clocks of the LMS and the tool server.'],
  TOKEN_NOT_YET_VALID: [401, 'The LTI message is dated in the future', 'The id_token’s issue time lies in the future.', 'Compare the clocks of the LMS and the tool server (NTP).'],
  PLATFORM_KEYS_UNAVAILABLE: [502, 'The LMS could not be reached to check this launch', 'LTI Rooms could not fetch the platform’s public keys to verify the launch.', 'Check that the keyset URL (JWKS) in the registration is reachable from the tool server.'],
  NONCE_MISMATCH: [401, 'The LTI message does not answer this login', 'The id_token’s nonce is not the one LTI Rooms sent for this login.', 'The platform must copy the nonce from the authorization request into the id_token.'],
  NONCE_REPLAYED: [401, 'This LTI message was already used', 'The id_token’s nonce was accepted before; each message can be used once.', 'A replayed id_token may indicate an attack or a misbehaving proxy.'],
  CLAIM_TOO_LONG: [400, 'The LTI message carries an identifier LTI Rooms cannot store', 'An identifier in the id_token (the user, course, link or deployment id) is longer than 255 characters.', 'LTI 1.3 limits these identifiers to 255 characters (LTI 1.3 Core, sections 5.1.2, 5.3.1 and 5.4.1). Check what the platform sends in the claim named in the details.'],
  INVALID_CLAIMS: [400, 'The LTI message is incomplete', 'The id_token lacks claims LTI 1.3 requires.', 'Check the claim named in the error code details against LTI 1.3 Core, section 5.'],
  ROOM_NOT_IN_COURSE: [403, 'This room is not part of this course', 'The link names a room that is not published in this course, and you may not publish it here.', 'A link to a room opens only in a course the room is published in, or for someone who may publish it there (its owner or a co-publisher who is an instructor of the course). Publish the room into this course from its Edit page, or place the link again with Deep Linking; links whose room reference was edited or copied from another platform are refused.'],
  UNSUPPORTED_MESSAGE: [400, 'LTI Rooms cannot handle this kind of launch', 'Only resource link and deep linking launches are supported.', 'Place LTI Rooms as an external tool link or through the content selection (Deep Linking) flow.'],
} as const satisfies Record<string, readonly [number, string, string, string]>;

export type LaunchErrorCode = keyof typeof LAUNCH_ERRORS;

/**
 * What a launch whose login cookie did not come back needs to be proved another way
 * (platform storage, storage access) or started again in a new window.
 */
export interface LaunchRecovery {
  /** The login's parameters, to start it again. */
  loginParams: Record<string, string>;
  /** Where platform storage messages go: the origin of the platform's OIDC authorization endpoint. */
  platformOrigin: string;
  /** The nonce the login sent, which the platform's storage holds beside the state. */
  nonce: string;
}

/** Which platform a refusal concerns, for the log line and the recent launches (identifiers only, never a token). */
export interface LaunchContext {
  accountId?: string;
  issuer?: string;
  clientId?: string;
  deploymentId?: string;
  messageType?: string;
}

/** A registration that is not active yet, as a verified LMS administrator is shown it. */
export interface InactiveRegistration {
  id: string;
  platformName: string;
  issuer: string;
  clientId: string;
  deploymentId: string;
  deploymentIds: string[];
  registeredAt: string;
  pending: boolean;
}

export interface LaunchRefusalDetails {
  context?: LaunchContext;
  /** Only ever set after the id_token was verified and its roles name an administrator. */
  registration?: InactiveRegistration;
}

export class LaunchRefused extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly adminHint: string;
  context?: LaunchContext;
  readonly registration?: InactiveRegistration;

  constructor(
    readonly code: LaunchErrorCode,
    extraDetail?: string,
    /** Set when the login cookie did not come back (blocked third-party cookies): how to go on. */
    readonly recovery?: LaunchRecovery,
    details: LaunchRefusalDetails = {},
  ) {
    const [status, title, detail, adminHint] = LAUNCH_ERRORS[code];
    super(`${code}${extraDetail ? `: ${extraDetail}` : ''}`);
    this.status = status;
    this.title = title;
    this.detail = extraDetail ? `${detail} (${extraDetail})` : detail;
    this.adminHint = adminHint;
    this.context = details.context;
    this.registration = details.registration;
  }

  /** Adds what the caller knew of the launch when it was refused; what the refusal names itself wins. */
  withContext(context: LaunchContext): this {
    this.context = { ...context, ...this.context };
    return this;
  }
}
