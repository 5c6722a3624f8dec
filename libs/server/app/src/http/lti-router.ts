import { randomBytes } from 'node:crypto';
import express, { ErrorRequestHandler, NextFunction, Request, Response, Router } from 'express';
import {
  CompletedLaunch, hashSession, LaunchRefused, LaunchService, LaunchTokens, LaunchVerifier, LOGIN_STATE_MAX_AGE_MS,
  LoginInitiation, LoginService, REGISTRATION_SUCCESS, RegistrationError, RegistrationService,
} from '@lti-rooms/server-lti';
import { cookieOptions, escapeHtml, inputGuard, Metrics, route, SESSION_COOKIE, STATE_COOKIE_PREFIX, stateCookies } from '@lti-rooms/server-http';
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
  metrics: Metrics;
  logger: Logger;
  secureCookies: boolean;
  sessionTtlMs: number;
  /** Where a launch lands when it names something of the tool's (a room placed by Deep Linking); may refuse it. */
  landingFor?: (launch: CompletedLaunch) => Promise<string | null>;
  /** Per client address and per account (README "Rate limits"). */
  limits?: RateLimits;
  /** Learns the origins a launch shows its LMS frames the tool from. */
  frameOrigins?: FrameOriginService;
}

/** /lti/login, /lti/launch and /lti/register (/lti/keys is served beside it, see create-tool). */
export function ltiRouter(deps: LtiRouterDeps): Router {
  const router = Router();
  router.use(express.urlencoded({ extended: false, limit: '64kb' }));
  router.use(inputGuard);

  // Logins and launches are counted apart: a class makes one of each per student.
  router.all('/login', limited(deps, 'lti-ip', 'login'), route(async (req, res) => {
    const params = { ...req.query, ...req.body } as LoginInitiation;
    const { state, redirectUrl } = await deps.login.begin(params, async (account) => deps.limits?.consume('lti-account', `login:${account.id}`));
    res.cookie(`${STATE_COOKIE_PREFIX}${state}`, '1', cookieOptions(deps.secureCookies, LOGIN_STATE_MAX_AGE_MS, '/lti'));
    res.redirect(302, redirectUrl);
  }));

  router.post('/launch', limited(deps, 'lti-ip', 'launch'), route(async (req, res) => {
    const state = typeof req.body.state === 'string' ? req.body.state : undefined;
    const cookies = stateCookies(req);
    const verified = await deps.verifier.verify({
      idToken: typeof req.body.id_token === 'string' ? req.body.id_token : undefined,
      state,
      hasStateCookie: Boolean(state && cookies.includes(`${STATE_COOKIE_PREFIX}${state}`)),
      hasAnyStateCookie: cookies.length > 0,
    });
    await deps.limits?.consume('lti-account', `launch:${verified.account.id}`);
    const launch = await deps.launches.complete(verified);
    await deps.frameOrigins?.learnFromLaunch(launch.accountId, verified.claims);
    // Before any token: a launch naming a room it may not open is refused here (ROOM_NOT_IN_COURSE).
    const landing = (await deps.landingFor?.(launch)) ?? landingPath(launch);
    const sessionId: string = req.cookies?.[SESSION_COOKIE] || randomBytes(32).toString('base64url');
    const ltik = await deps.tokens.issue({ accountId: launch.accountId, userId: launch.userId, launchId: launch.launchId, sessionHash: hashSession(sessionId) });
    res.clearCookie(`${STATE_COOKIE_PREFIX}${state}`, { path: '/lti' });
    res.cookie(SESSION_COOKIE, sessionId, cookieOptions(deps.secureCookies, deps.sessionTtlMs));
    deps.metrics.launches.inc({ outcome: 'ok' });
    res.redirect(302, `${landing}#ltik=${ltik}`);
  }));

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
    refuse(deps, req, res, error);
  };
}

/** Counts the request under its client address (in `bucket`) before anything else is done for it. */
function limited(deps: LtiRouterDeps, rule: RateLimitRule, bucket: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!deps.limits) return next();
    deps.limits.consume(rule, `${bucket}:${addressKey(req.ip)}`).then(
      () => next(),
      (error: unknown) => (error instanceof RateLimited ? refuse(deps, req, res, error) : next(error)),
    );
  };
}

function refuse(deps: LtiRouterDeps, req: Request, res: Response, cause: LaunchRefused | RateLimited): void {
  let error: LaunchRefused;
  if (cause instanceof RateLimited) {
    res.set('Retry-After', String(cause.retryAfterSeconds));
    error = new LaunchRefused('RATE_LIMITED', `try again in ${cause.retryAfterSeconds} seconds`);
  } else {
    error = cause;
  }
  deps.metrics.launches.inc({ outcome: error.code });
  deps.logger.warn({ code: error.code, reason: error.message, path: req.path, ...error.context }, 'LTI launch refused');
  const retryInNewWindowUrl = error.retryLoginParams ? `/lti/login?${new URLSearchParams(error.retryLoginParams)}` : undefined;
  allowAnyFrameAncestor(res);
  const { status, code, title, detail, adminHint, registration } = error;
  deps.web.sendLaunchError(res, { status, code, title, detail, adminHint, retryInNewWindowUrl, registration });
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
