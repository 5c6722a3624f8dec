import { Router, type Request, type Response } from 'express';
import { findLaunchUser } from '../demo-users';
import { errorPage, escapeHtml, htmlPage } from '../html';
import { buildIdTokenClaims } from '../launch';
import { decodeMessageHint, launchOptionsFromHint } from '../message-hint';
import type { Platform } from '../platform';
import { STORAGE_FRAME_NAME } from '../platform-storage';

type Fields = Record<string, string>;

/** The OIDC authentication request parameters (LTI 1.3 Core 5.1.1.2) as single strings. */
function requestFields(req: Request): Fields {
  const source = { ...(req.query as Record<string, unknown>), ...((req.body ?? {}) as Record<string, unknown>) };
  const fields: Fields = {};
  for (const [name, value] of Object.entries(source)) if (typeof value === 'string') fields[name] = value;
  return fields;
}

/** Checks the request against the registration; returns the problem, or null when it is fine. */
function problemWith(platform: Platform, fields: Fields): string | null {
  const registration = platform.registration();
  if (!registration) return 'The Dev LMS is not registered with any tool.';
  if (fields.scope?.split(' ').includes('openid') !== true) return 'scope must contain "openid".';
  if (fields.response_type !== 'id_token') return 'response_type must be "id_token".';
  if (fields.response_mode !== 'form_post') return 'response_mode must be "form_post".';
  if (fields.prompt !== undefined && fields.prompt !== 'none') return 'prompt must be "none".';
  if (!fields.nonce) return 'nonce is missing.';
  if (fields.client_id !== registration.clientId) {
    return `client_id "${fields.client_id ?? ''}" does not match the registered client "${registration.clientId}".`;
  }
  if (!fields.redirect_uri || !registration.redirectUris.includes(fields.redirect_uri)) {
    return `redirect_uri "${fields.redirect_uri ?? ''}" is not one of the registered redirect URIs: ${registration.redirectUris.join(', ')}.`;
  }
  if (!fields.login_hint || !findLaunchUser(fields.login_hint)) return `login_hint "${fields.login_hint ?? ''}" is not a demo user.`;
  if (!fields.lti_message_hint || !decodeMessageHint(fields.lti_message_hint)) {
    return 'lti_message_hint is missing or was not produced by this LMS (it must be passed back unchanged).';
  }
  return null;
}

/**
 * The form_post response: the browser posts id_token and state to the tool's redirect_uri,
 * with `lti_storage_target` again when the login offered the platform's storage.
 */
export function autoSubmitForm(redirectUri: string, idToken: string, state: string | undefined, storageTarget?: string): string {
  return htmlPage(
    'Launching the tool',
    `<h1>Launching the tool…</h1>
<form method="post" action="${escapeHtml(redirectUri)}">
<input type="hidden" name="id_token" value="${escapeHtml(idToken)}">
${state === undefined ? '' : `<input type="hidden" name="state" value="${escapeHtml(state)}">`}
${storageTarget === undefined ? '' : `<input type="hidden" name="lti_storage_target" value="${escapeHtml(storageTarget)}">`}
<noscript><p>JavaScript is off: press the button to continue.</p></noscript>
<button type="submit">Continue to the tool</button>
</form>
<script>document.forms[0].submit()</script>`,
  );
}

async function authorize(platform: Platform, req: Request, res: Response): Promise<void> {
  const fields = requestFields(req);
  const problem = problemWith(platform, fields);
  if (problem) {
    platform.logger.warn(`Dev LMS: refused an authentication request: ${problem}`);
    res.status(400).type('html').send(errorPage('The launch was refused', problem));
    return;
  }
  const hint = decodeMessageHint(fields.lti_message_hint);
  let claims: Record<string, unknown>;
  try {
    claims = buildIdTokenClaims(platform, fields.login_hint, fields.nonce, launchOptionsFromHint(hint!));
  } catch (error) {
    // For instance a link that no longer exists after a restart without a data directory.
    res.status(400).type('html').send(errorPage('The launch was refused', (error as Error).message));
    return;
  }
  const idToken = await platform.keys.sign(claims);
  const storageTarget = hint!.storage ? STORAGE_FRAME_NAME : undefined;
  res.set('Cache-Control', 'no-store').type('html').send(autoSubmitForm(fields.redirect_uri, idToken, fields.state, storageTarget));
}

/** GET or POST /auth: the OIDC authorization endpoint (both methods are allowed by OIDC). */
export function authorizationEndpointRoutes(platform: Platform): Router {
  const router = Router();
  const handler = (req: Request, res: Response, next: (error: unknown) => void) => {
    authorize(platform, req, res).catch(next);
  };
  router.get('/auth', handler);
  router.post('/auth', handler);
  return router;
}
