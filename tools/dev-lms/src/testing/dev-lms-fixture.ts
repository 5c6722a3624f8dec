import { startDevLms } from '../start-dev-lms';
import type { DevLms } from '../types';
import { startFakeTool, type FakeTool } from './fake-tool';

export const silentLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface Fixture {
  lms: DevLms;
  tool: FakeTool;
  close(): Promise<void>;
}

/** A Dev LMS and a fake tool on random loopback ports, registered with each other when asked. */
export async function startFixture(options: { register?: boolean; dataDir?: string; scope?: string } = {}): Promise<Fixture> {
  const tool = await startFakeTool(0, options.scope);
  const lms = await startDevLms({
    port: 0,
    toolUrl: tool.url,
    dataDir: options.dataDir,
    autoRegister: options.register ?? true,
    logger: silentLogger,
  });
  return {
    lms,
    tool,
    close: async () => {
      await lms.close();
      await tool.close();
    },
  };
}

/** Reads the hidden inputs and the action of the auto-submitting form /auth returns. */
export function parseAutoSubmitForm(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`No form in: ${html.slice(0, 300)}`);
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) fields[match[1]] = match[2];
  return { action: action.replace(/&amp;/g, '&'), fields };
}

/**
 * What a tool does with a login initiation: redirect the browser to the platform's /auth
 * with these OIDC parameters (LTI 1.3 Core 5.1.1.1). Returns the /auth path and query.
 */
export function authRequestPath(
  loginInitiationUrl: string,
  overrides: Record<string, string> = {},
): { path: string; state: string; nonce: string } {
  const login = new URL(loginInitiationUrl).searchParams;
  const state = overrides.state ?? 'state-123';
  const nonce = overrides.nonce ?? `nonce-${Math.random().toString(36).slice(2)}`;
  const query = new URLSearchParams({
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: login.get('client_id') ?? '',
    redirect_uri: login.get('target_link_uri') ?? '',
    login_hint: login.get('login_hint') ?? '',
    lti_message_hint: login.get('lti_message_hint') ?? '',
    state,
    nonce,
    ...overrides,
  });
  return { path: `/auth?${query.toString()}`, state, nonce };
}

export const NRPS_SCOPE = 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';
export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** A client assertion as a tool builds it (LTI Security Framework 4.1.1), signed by the fake tool. */
export async function clientAssertion(
  fixture: Fixture,
  overrides: Record<string, unknown> = {},
  options: { rogue?: boolean } = {},
): Promise<string> {
  const clientId = fixture.lms.registration()!.clientId;
  const now = Math.floor(Date.now() / 1000);
  return fixture.tool.sign(
    { iss: clientId, sub: clientId, aud: `${fixture.lms.url}/token`, iat: now, exp: now + 300, jti: `jti-${now}-${Math.random()}`, ...overrides },
    options,
  );
}

/** Runs the client credentials grant and returns the access token. */
export async function accessToken(fixture: Fixture, scope = NRPS_SCOPE): Promise<string> {
  const response = await fetch(`${fixture.lms.url}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: CLIENT_ASSERTION_TYPE,
      client_assertion: await clientAssertion(fixture),
      scope,
    }),
  });
  if (!response.ok) throw new Error(`token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
