import type { LaunchError, LaunchStep } from '@lti-rooms/contracts';
import type { DevLms, LaunchOptions } from '@lti-rooms/dev-lms';
import { BrowserClient, HttpResult, parseFormPost } from './browser-client';

export interface LoginStep {
  state: string;
  nonce: string;
  authUrl: string;
}

/** Step 1: the LMS's "Launch as" link hits the tool's /lti/login, which redirects to the LMS. */
export async function beginLogin(browser: BrowserClient, lms: DevLms, userId: string, options?: LaunchOptions): Promise<LoginStep> {
  const login = await browser.request(lms.loginInitiationUrl(userId, options));
  if (login.status !== 302 || !login.location) throw new Error(`login answered ${login.status}: ${login.body.slice(0, 300)}`);
  const authUrl = new URL(login.location);
  return { state: authUrl.searchParams.get('state')!, nonce: authUrl.searchParams.get('nonce')!, authUrl: authUrl.toString() };
}

/** Step 2: the LMS's authorization endpoint answers with the id_token form; the browser posts it to the tool. */
export async function completeLogin(browser: BrowserClient, step: LoginStep): Promise<HttpResult> {
  const auth = await browser.request(step.authUrl);
  if (auth.status !== 200) throw new Error(`LMS /auth answered ${auth.status}: ${auth.body.slice(0, 300)}`);
  const form = parseFormPost(auth.body);
  return browser.request(form.action, { form: form.fields });
}

export interface Launched {
  browser: BrowserClient;
  result: HttpResult;
  ltik: string;
  landingPath: string;
}

/** A whole launch, as a browser does it; returns the launch token from the landing URL's fragment. */
export async function launch(toolUrl: string, lms: DevLms, userId: string, options?: LaunchOptions, browser = new BrowserClient()): Promise<Launched> {
  const result = await completeLogin(browser, await beginLogin(browser, lms, userId, options));
  if (result.status !== 302 || !result.location) throw new Error(`launch answered ${result.status}: ${result.body.slice(0, 500)}`);
  const landing = new URL(result.location);
  const ltik = new URLSearchParams(landing.hash.slice(1)).get('ltik');
  if (!ltik) throw new Error(`no launch token in ${result.location}`);
  expectSameOrigin(toolUrl, landing);
  return { browser, result, ltik, landingPath: landing.pathname };
}

function expectSameOrigin(toolUrl: string, landing: URL): void {
  if (new URL(toolUrl).origin !== landing.origin) throw new Error(`launch landed on ${landing.origin}, not the tool`);
}

/** Reads the launch error JSON the tool embeds in its error page. */
export function launchErrorOf(body: string): LaunchError {
  const json = /<script type="application\/json" id="launch-error">([\s\S]*?)<\/script>/.exec(body)?.[1];
  if (!json) throw new Error(`no launch error in page: ${body.slice(0, 300)}`);
  return JSON.parse(json);
}

/** Reads the launch step (login kept in platform storage, launch to prove) the tool embeds in its page. */
export function launchStepOf<Step extends LaunchStep['step']>(body: string, step: Step): Extract<LaunchStep, { step: Step }> {
  const json = /<script type="application\/json" id="launch-step">([\s\S]*?)<\/script>/.exec(body)?.[1];
  if (!json) throw new Error(`no launch step in page: ${body.slice(0, 300)}`);
  const parsed = JSON.parse(json) as LaunchStep;
  if (parsed.step !== step) throw new Error(`expected the ${step} step, got ${parsed.step}`);
  return parsed as Extract<LaunchStep, { step: Step }>;
}

export async function apiGet(toolUrl: string, launched: Pick<Launched, 'browser' | 'ltik'>, path: string): Promise<{ status: number; json: unknown }> {
  const result = await launched.browser.request(`${toolUrl}${path}`, { headers: { authorization: `Bearer ${launched.ltik}`, accept: 'application/json' } });
  return { status: result.status, json: result.body ? JSON.parse(result.body) : null };
}
