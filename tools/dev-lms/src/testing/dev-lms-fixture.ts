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
export async function startFixture(options: { register?: boolean; dataDir?: string } = {}): Promise<Fixture> {
  const tool = await startFakeTool();
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
