import { performance } from 'node:perf_hooks';
import type { DevLms } from '@lti-rooms/dev-lms';
import { BenchBrowser, parseFormPost, type HttpResponse } from './http-client';

export type TargetKind = 'ours' | 'baseline';

/** What a launch needs to know about the tool under test. */
export interface LaunchTarget {
  kind: TargetKind;
  url: string;
  lms: DevLms;
}

/** The dev LMS makes up a learner for each `bench-<n>` id, so every launch is a user the tool has never seen. */
export function benchUserId(sequence: number): string {
  return `bench-${sequence}`;
}

/** The dev LMS names synthetic learners this way; /api/me must answer with it. */
export function benchUserName(userId: string): string {
  return `Bench Learner ${userId.slice('bench-'.length)}`;
}

/**
 * Where each tool sends the browser after the id_token POST, and where the launch token is:
 * ours puts it in the fragment of the landing page (never sent to a server), ltijs in the query.
 */
function landingOf(kind: TargetKind, location: string): { url: string; ltik: string } {
  const landing = new URL(location);
  const ltik = kind === 'ours' ? new URLSearchParams(landing.hash.slice(1)).get('ltik') : landing.searchParams.get('ltik');
  if (!ltik) throw new Error(`no launch token in the redirect to ${location}`);
  landing.hash = '';
  return { url: landing.toString(), ltik };
}

function expectStatus(step: string, response: HttpResponse, status: number): void {
  if (response.status !== status) throw new Error(`${step} answered ${response.status}, expected ${status}: ${response.body.slice(0, 300)}`);
}

/** The five requests of a launch, in order; their durations tell where a launch's time goes. */
export const LAUNCH_STEPS = ['login', 'lmsAuth', 'idTokenPost', 'landing', 'apiMe'] as const;
export type LaunchStep = (typeof LAUNCH_STEPS)[number];
export type StepDurations = Record<LaunchStep, number>;

/** A user who has just launched: their tab (with the session cookie), launch token and landing page. */
export interface LaunchedUser {
  browser: BenchBrowser;
  ltik: string;
  /** The landing page without the fragment, e.g. http://…/channels/<id> for our tool. */
  landingUrl: string;
  /** Durations of the four requests up to and including the landing page, in ms. */
  steps: Omit<StepDurations, 'apiMe'>;
}

/** A stopwatch whose lap() returns the ms since the previous lap. */
function stopwatch(): () => number {
  let mark = performance.now();
  return () => {
    const now = performance.now();
    const elapsed = now - mark;
    mark = now;
    return elapsed;
  };
}

/**
 * A launch as a browser does it, for a new user in a new browser, up to the landing page:
 * login initiation → LMS /auth → id_token POST → landing page.
 */
export async function launchUser(target: LaunchTarget, userId: string): Promise<LaunchedUser> {
  const browser = new BenchBrowser();
  const lap = stopwatch();

  const login = await browser.request(target.lms.loginInitiationUrl(userId));
  expectStatus('login initiation', login, 302);
  const loginMs = lap();

  const auth = await browser.request(login.location!);
  expectStatus('LMS /auth', auth, 200);
  const form = parseFormPost(auth.body);
  const lmsAuthMs = lap();

  const posted = await browser.request(form.action, { form: form.fields });
  expectStatus('id_token POST', posted, 302);
  const landing = landingOf(target.kind, posted.location!);
  if (new URL(landing.url).origin !== new URL(target.url).origin) throw new Error(`launch landed on ${landing.url}, not on the tool`);
  const idTokenPostMs = lap();

  const page = await browser.request(landing.url);
  expectStatus('landing page', page, 200);
  return { browser, ltik: landing.ltik, landingUrl: landing.url, steps: { login: loginMs, lmsAuth: lmsAuthMs, idTokenPost: idTokenPostMs, landing: lap() } };
}

/**
 * One full launch, as the launch bench measures it: the landing page and then the first API
 * call. Resolves with each step's duration in ms.
 */
export async function launchOnce(target: LaunchTarget, userId: string): Promise<StepDurations> {
  const launched = await launchUser(target, userId);
  const lap = stopwatch();
  const me = await launched.browser.request(`${target.url}/api/me`, { headers: { authorization: `Bearer ${launched.ltik}`, accept: 'application/json' } });
  expectStatus('GET /api/me', me, 200);
  // A cheap check that the API answered for this launch's user, not a cached or shared one.
  if (!me.body.includes(benchUserName(userId))) throw new Error(`/api/me did not name ${userId}: ${me.body.slice(0, 300)}`);
  return { ...launched.steps, apiMe: lap() };
}
