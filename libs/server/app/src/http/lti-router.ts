import { randomBytes } from 'node:crypto';
import express, { ErrorRequestHandler, NextFunction, Request, Response, Router } from 'express';
import {
  CompletedLaunch, hashSession, LaunchRecovery, LaunchRefused, LaunchService, LaunchTokens, LaunchVerifier, LOGIN_STATE_MAX_AGE_MS,
  LoginInitiation, LoginService, REGISTRATION_SUCCESS, RegistrationError, RegistrationService, unverifiedLaunchLocales, VerifiedLaunch,
} from '@lti-rooms/server-lti';
import { clearedCookieOptions, cookieOptions, escapeHtml, inputGuard, route, SESSION_COOKIE, STATE_COOKIE_PREFIX, stateCookies } from '@lti-rooms/server-http';
import type { CookiePolicy } from '@lti-rooms/server-core';
import {
  CheckStep, LAUNCH_CHECK_HEADER, LaunchConfirmed, launchConfirmationSchema, LaunchConfirmRefused, LaunchError, LoginRestarted,
} from '@lti-rooms/contracts';
import { isPlatformStorageTarget, LaunchMechanism, LOGIN_RETRY_PARAMETER, LoginRetryReason, PAGE_BOUND_MECHANISMS } from '@lti-rooms/domain';
import { AttemptedMechanism, LaunchJournal } from './launch-journal';
import { WebApp } from './web-app';
import type { Logger } from '@lti-rooms/server-core';
import type { FrameOriginService } from '@lti-rooms/server-edge';
import { addressKey, allowAnyFrameAncestor, allowAnyFrameAncestorMiddleware, cspNonceOf, RateLimited, RateLimitRule, RateLimits } from '@lti-rooms/server-edge';

export interface LtiRouterDeps {
  login: LoginService;
  verifier: LaunchVerifier;
  launches: LaunchService;
  tokens: LaunchTokens;
  registration: RegistrationService;
  web: WebApp;
  logger: Logger;
  /** Logs, counts and keeps every launch's outcome. */
  journal: LaunchJournal;
  cookiePolicy: CookiePolicy;
  sessionTtlMs: number;
  /** Where a launch lands when it names something of the tool's (a room placed by Deep Linking); may refuse it. */
  landingFor?: (launch: CompletedLaunch) => Promise<string | null>;
  /** Per client address and per account (README "Rate limits"). */
  limits?: RateLimits;
  /** Learns the origins a launch shows its LMS frames the tool from. */
  frameOrigins?: FrameOriginService;
}

/** /lti/login, /lti/launch (and its /confirm) and /lti/register (/lti/keys is served beside it, see create-tool). */
export function ltiRouter(deps: LtiRouterDeps): Router {
  const router = Router();
  router.use(express.urlencoded({ extended: false, limit: '64kb' }));
  router.use(inputGuard);

  // Logins and launches are counted apart: a class makes one of each per student.
  router.all('/login', limited(deps, 'lti-ip', 'login'), route(async (req, res) => {
    const params = { ...req.query, ...req.body } as LoginInitiation;
    const login = await deps.login.begin(params, async (account) => deps.limits?.consume('lti-account', `login:${account.id}`));
    // Set in every case: where the browser keeps it, the launch needs nothing else.
    res.cookie(`${STATE_COOKIE_PREFIX}${login.state}`, '1', cookieOptions(deps.cookiePolicy, LOGIN_STATE_MAX_AGE_MS, '/lti'));
    if (isLaunchCheckRequest(req)) {
      // The launch page starting the login again once it may use the tool's cookies: it navigates itself.
      res.set('Cache-Control', 'no-store').json({ redirectUrl: login.redirectUrl } satisfies LoginRestarted);
      return;
    }
    if (!isPlatformStorageTarget(params.lti_storage_target)) {
      res.redirect(302, login.redirectUrl);
      return;
    }
    // A page, not a redirect: it keeps state and nonce in the platform's storage first.
    allowAnyFrameAncestor(res);
    deps.web.sendLaunchStep(req, res, 200, {
      step: 'login', authUrl: login.redirectUrl, platformOrigin: login.platformOrigin, storageTarget: params.lti_storage_target, state: login.state, nonce: login.nonce,
    });
  }));

  router.post('/launch', limited(deps, 'lti-ip', 'launch'), route(async (req, res) => {
    const state = typeof req.body.state === 'string' ? req.body.state : undefined;
    const idToken = typeof req.body.id_token === 'string' ? req.body.id_token : undefined;
    const cookies = stateCookies(req);
    let verified: VerifiedLaunch;
    try {
      verified = await deps.verifier.verify({
        idToken,
        state,
        hasStateCookie: Boolean(state && cookies.includes(`${STATE_COOKIE_PREFIX}${state}`)),
        hasAnyStateCookie: cookies.length > 0,
      });
    } catch (error) {
      // The cookie did not come back (third-party cookies blocked): the page proves the launch another way.
      if (!(error instanceof LaunchRefused && error.recovery && idToken && state)) throw error;
      allowAnyFrameAncestor(res);
      deps.web.sendLaunchStep(req, res, 200, checkStep(error, error.recovery, { idToken, state, storageTarget: req.body.lti_storage_target }), unverifiedLaunchLocales(idToken));
      return;
    }
    const retry = verified.loginState.loginParams[LOGIN_RETRY_PARAMETER];
    const landing = await finishLaunch(deps, verified, retry === 'new-window' ? 'new-window' : 'cookie', req, res);
    res.clearCookie(`${STATE_COOKIE_PREFIX}${state}`, clearedCookieOptions(deps.cookiePolicy, '/lti'));
    res.redirect(302, landing);
  }));

  router.post('/launch/confirm', express.json({ limit: '80kb' }), limited(deps, 'lti-ip', 'launch'), (req, res, next) => {
    confirmLaunch(deps, req, res).catch(async (error: unknown) => {
      if (!(error instanceof LaunchRefused || error instanceof RateLimited)) return next(error);
      const refusal = await refusalOf(deps, req, res, error);
      res.status(refusal.status).json({ launchError: refusal } satisfies LaunchConfirmRefused);
    }).catch(next);
  });

  // The registering LMS is not known yet, so not among the frame origins: it may frame this page.
  router.get('/register', limited(deps, 'register-ip', 'register'), allowAnyFrameAncestorMiddleware, route(async (req, res) => {
    const configurationUrl = req.query.openid_configuration;
    const token = typeof req.query.registration_token === 'string' ? req.query.registration_token : undefined;
    try {
      if (typeof configurationUrl !== 'string' || configurationUrl === '') throw new RegistrationError('MISSING_CONFIGURATION_URL');
      if (!isWebAddress(configurationUrl)) throw new RegistrationError('INVALID_CONFIGURATION_URL');
      const account = await deps.registration.registerDynamically(configurationUrl, token);
      deps.logger.info({ accountId: account.id, issuer: account.issuer, active: account.active }, 'platform registered dynamically');
      res.type('html').send(registrationPage(cspNonceOf(res), account.active
        ? { title: REGISTRATION_SUCCESS.title, paragraphs: [REGISTRATION_SUCCESS.detail(account.issuer, true), REGISTRATION_SUCCESS.autoCloseNote], close: 'soon' }
        : { title: REGISTRATION_SUCCESS.pendingTitle, paragraphs: [REGISTRATION_SUCCESS.detail(account.issuer, false), ...REGISTRATION_SUCCESS.pendingSteps(account.id)], close: 'button' }));
    } catch (error) {
      if (!(error instanceof RegistrationError)) throw error;
      // The detail (addresses, statuses, what the LMS answered) stays in the log.
      deps.logger.warn({ code: error.code, detail: error.detail }, 'dynamic registration refused');
      res.status(error.status).type('html').send(registrationPage(cspNonceOf(res), { title: REGISTRATION_SUCCESS.failedTitle, paragraphs: [error.publicMessage], close: 'never' }));
    }
  }));
  router.use(refusalPages(deps));
  return router;
}

/** Junk in the parameter is the caller's mistake (400), not a configuration the LMS failed to serve (502). */
function isWebAddress(text: string): boolean {
  const url = URL.parse(text);
  return url !== null && (url.protocol === 'https:' || url.protocol === 'http:');
}

function landingPath(launch: { messageType: string; channelId: string | null }): string {
  if (launch.messageType === 'LtiDeepLinkingRequest') return '/deep-linking';
  return launch.channelId ? `/channels/${launch.channelId}` : '/my-rooms';
}

/** Refusals (and requests over a rate limit) become the error page; everything else goes to the app's error handler. */
function refusalPages(deps: LtiRouterDeps): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (!(error instanceof LaunchRefused || error instanceof RateLimited)) return next(error);
    refuse(deps, req, res, error).catch(next);
  };
}

/** Counts the request under its client address (in `bucket`) before anything else is done for it. */
function limited(deps: LtiRouterDeps, rule: RateLimitRule, bucket: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!deps.limits) return next();
    deps.limits.consume(rule, `${bucket}:${addressKey(req.ip)}`).then(
      () => next(),
      (error: unknown) => (error instanceof RateLimited ? refuse(deps, req, res, error).catch(next) : next(error)),
    );
  };
}

async function refuse(deps: LtiRouterDeps, req: Request, res: Response, cause: LaunchRefused | RateLimited): Promise<void> {
  const refusal = await refusalOf(deps, req, res, cause);
  allowAnyFrameAncestor(res);
  // A refused launch may still say which language its person reads (login refusals carry no id_token).
  deps.web.sendLaunchError(req, res, refusal, unverifiedLaunchLocales(req.body?.id_token));
}

/** What the refusal page (or the launch page's refusal) shows; logged, counted and kept once here. */
async function refusalOf(deps: LtiRouterDeps, req: Request, res: Response, cause: LaunchRefused | RateLimited): Promise<LaunchError> {
  let error: LaunchRefused;
  if (cause instanceof RateLimited) {
    res.set('Retry-After', String(cause.retryAfterSeconds));
    error = new LaunchRefused('RATE_LIMITED', `try again in ${cause.retryAfterSeconds} seconds`);
  } else {
    error = cause;
  }
  await deps.journal.refused(error, attemptedMechanism(req));
  return launchErrorOf(error);
}

/** The page's account of a refusal; a launch that can be started again offers the new window. */
function launchErrorOf(error: LaunchRefused): LaunchError {
  const retryInNewWindowUrl = error.recovery ? restartLoginUrl(error.recovery, 'new-window') : undefined;
  const { status, code, title, detail, adminHint, registration } = error;
  return { status, code, title, detail, adminHint, retryInNewWindowUrl, registration };
}

/** Active: close by itself after a moment; pending: only when the administrator has read it; failed: never. */
type RegistrationPageClose = 'soon' | 'button' | 'never';
const AUTO_CLOSE_MS = 4000;

/**
 * The page a platform shows in its registration window. Posting org.imsglobal.lti.close
 * makes the LMS close it (LTI Dynamic Registration 3.6), so a registration that still needs
 * an operator is closed only by the button: the administrator reads what happens next first.
 */
function registrationPage(nonce: string, page: { title: string; paragraphs: readonly string[]; close: RegistrationPageClose }): string {
  const button = page.close === 'never' ? '' : `<p><button type="button" id="close-window"${page.close === 'soon' ? ` data-auto-close-ms="${AUTO_CLOSE_MS}"` : ''}>${escapeHtml(REGISTRATION_SUCCESS.closeButton)}</button></p>`;
  const script = page.close === 'never' ? '' : `<script nonce="${escapeHtml(nonce)}">
const button = document.getElementById('close-window');
const close = () => (window.opener || window.parent).postMessage({ subject: 'org.imsglobal.lti.close' }, '*');
button.addEventListener('click', close);
if (button.dataset.autoCloseMs) setTimeout(close, Number(button.dataset.autoCloseMs));
</script>`;
  const paragraphs = page.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title></head><body><main><h1>${escapeHtml(page.title)}</h1>${paragraphs}${button}</main>${script}</body></html>`;
}

/**
 * Records a verified launch and answers where it lands, the launch token in the fragment.
 * A launch proved by cookie binds its token to the session cookie; one proved otherwise
 * (platform storage, storage access) gets a token bound to the page alone, since this
 * browser keeps no cookie of the tool in the LMS frame.
 */
async function finishLaunch(deps: LtiRouterDeps, verified: VerifiedLaunch, mechanism: LaunchMechanism, req: Request, res: Response): Promise<string> {
  try {
    return await landAndIssueToken(deps, verified, mechanism, req, res);
  } catch (error) {
    // A refusal past verification (a per-account limit, ROOM_NOT_IN_COURSE) still names its platform.
    const { account, deploymentId, messageType } = verified;
    if (error instanceof LaunchRefused) error.withContext({ accountId: account.id, issuer: account.issuer, clientId: account.clientId, deploymentId, messageType });
    throw error;
  }
}

async function landAndIssueToken(deps: LtiRouterDeps, verified: VerifiedLaunch, mechanism: LaunchMechanism, req: Request, res: Response): Promise<string> {
  await deps.limits?.consume('lti-account', `launch:${verified.account.id}`);
  const launch = await deps.launches.complete(verified);
  await deps.frameOrigins?.learnFromLaunch(launch.accountId, verified.claims);
  // Before any token: a launch naming a room it may not open is refused here (ROOM_NOT_IN_COURSE).
  const landing = (await deps.landingFor?.(launch)) ?? landingPath(launch);
  await deps.journal.accepted(verified, launch, mechanism);
  const named = { accountId: launch.accountId, userId: launch.userId, launchId: launch.launchId };
  let ltik: string;
  if (PAGE_BOUND_MECHANISMS.includes(mechanism)) {
    ltik = await deps.tokens.issue({ ...named, binding: 'page' });
  } else {
    const sessionId: string = req.cookies?.[SESSION_COOKIE] || randomBytes(32).toString('base64url');
    ltik = await deps.tokens.issue({ ...named, binding: 'cookie', sessionHash: hashSession(sessionId) });
    res.cookie(SESSION_COOKIE, sessionId, cookieOptions(deps.cookiePolicy, deps.sessionTtlMs));
  }
  return `${landing}#ltik=${ltik}`;
}

/**
 * POST /lti/launch/confirm, from the tool's own launch page only: the custom header cannot be
 * sent by another site's page (it would need the tool's CORS consent, never given), and
 * browsers that say where a request comes from must say "same-origin". So the platform's
 * storage values were read by the tool's page in this browser, not posted by whoever holds a
 * launch meant for another browser.
 */
async function confirmLaunch(deps: LtiRouterDeps, req: Request, res: Response): Promise<void> {
  if (!isLaunchCheckRequest(req)) throw new LaunchRefused('STATE_MISMATCH', 'not sent by the launch page');
  const parsed = launchConfirmationSchema.safeParse(req.body);
  if (!parsed.success) throw new LaunchRefused('MISSING_ID_TOKEN', 'id_token, state and mechanism are required');
  const { id_token: idToken, state, mechanism, stored } = parsed.data;
  if (mechanism === 'platform-storage' && !stored) throw new LaunchRefused('STATE_MISMATCH', 'nothing read from platform storage');
  const cookies = stateCookies(req);
  const verified = await deps.verifier.verify({
    idToken,
    state,
    hasStateCookie: mechanism === 'storage-access' && cookies.includes(`${STATE_COOKIE_PREFIX}${state}`),
    hasAnyStateCookie: mechanism === 'storage-access' && cookies.length > 0,
    platformStorage: mechanism === 'platform-storage' ? stored : undefined,
  });
  const location = await finishLaunch(deps, verified, mechanism, req, res);
  res.clearCookie(`${STATE_COOKIE_PREFIX}${state}`, clearedCookieOptions(deps.cookiePolicy, '/lti'));
  res.set('Cache-Control', 'no-store').json({ location } satisfies LaunchConfirmed);
}

/** The way a refused request was trying to tie its launch to the browser (the login has tried none yet). */
function attemptedMechanism(req: Request): AttemptedMechanism {
  if (req.path === '/launch') return 'cookie';
  if (req.path !== '/launch/confirm') return 'none';
  const mechanism: unknown = req.body?.mechanism;
  return mechanism === 'platform-storage' || mechanism === 'storage-access' ? mechanism : 'none';
}

/** Sent by the tool's launch page: its header, and (where the browser says) from the tool's own origin. */
function isLaunchCheckRequest(req: Request): boolean {
  const site = req.get('sec-fetch-site');
  return req.get(LAUNCH_CHECK_HEADER) === '1' && (site === undefined || site === 'same-origin');
}

/** The login again, in a new window or after storage access; the platform's storage frame is not there in a new window. */
function restartLoginUrl(recovery: LaunchRecovery, reason: LoginRetryReason): string {
  const params = new URLSearchParams(recovery.loginParams);
  params.delete(LOGIN_RETRY_PARAMETER);
  if (reason === 'new-window') params.delete('lti_storage_target');
  params.set(LOGIN_RETRY_PARAMETER, reason);
  return `/lti/login?${params}`;
}

function checkStep(
  error: LaunchRefused,
  recovery: LaunchRecovery,
  launch: { idToken: string; state: string; storageTarget: unknown },
): CheckStep {
  return {
    step: 'check',
    idToken: launch.idToken,
    state: launch.state,
    nonce: recovery.nonce,
    platformOrigin: recovery.platformOrigin,
    storageTarget: isPlatformStorageTarget(launch.storageTarget) ? launch.storageTarget : null,
    restartUrl: restartLoginUrl(recovery, 'storage-access'),
    afterStorageAccess: recovery.loginParams[LOGIN_RETRY_PARAMETER] === 'storage-access',
    cookieRefusal: launchErrorOf(error),
  };
}
