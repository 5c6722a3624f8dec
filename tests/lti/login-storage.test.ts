import { LOGIN_PARAMETER_MAX_LENGTH, LOGIN_PARAMETERS } from '@lti-rooms/domain';
import { BrowserClient, beginLogin, completeLogin, launchErrorOf, startToolWithLms, TestClock, ToolFixture } from '@lti-rooms/test-support';

/**
 * SPEC "Security of the edge": stored login state is bounded and pruned. A login is the one
 * write an unauthenticated caller can cause; it must stay small, go away by itself, and a
 * flood of them is rate limited.
 */
const FLOOD = 200;
const FLOOD_LIMIT = 150;
/** Under the 64 KB form limit of /lti/login with the other fields. */
const PAYLOAD = 'x'.repeat(60_000);
/** The longest a stored login can be: every kept parameter at its limit, as JSON. */
const MAX_STORED = JSON.stringify(Object.fromEntries(LOGIN_PARAMETERS.map((name) => [name, 'x'.repeat(LOGIN_PARAMETER_MAX_LENGTH[name])]))).length;

/** The fields of the dev LMS's login initiation for a user, as a browser would post them. */
function loginFields(fx: ToolFixture, userId: string): Record<string, string> {
  return Object.fromEntries(new URL(fx.lms.loginInitiationUrl(userId)).searchParams);
}

async function storedLogins(fx: ToolFixture): Promise<string[]> {
  const rows = await fx.tool.db.select<{ login_params: string }>('SELECT login_params FROM lti_login_states');
  return rows.map((row) => row.login_params);
}

describe('a flood of logins with 64 KB of parameters', () => {
  let fx: ToolFixture;
  beforeAll(async () => {
    fx = await startToolWithLms({ env: { RATE_LIMIT_LTI_PER_IP: String(FLOOD_LIMIT) } });
  });
  afterAll(async () => fx?.close());

  it(`${FLOOD} of them store nothing beyond bounded rows, and the ones over the address's limit are refused with 429`, async () => {
    const base = loginFields(fx, 'student01');
    // Half carry the 60 KB in a parameter the launch needs (refused, nothing stored), half in one it ignores (dropped).
    const bodies = Array.from({ length: FLOOD }, (_, i) => (i % 2 === 0 ? { ...base, lti_message_hint: PAYLOAD } : { ...base, padding: PAYLOAD }));
    const statuses: number[] = [];
    const refusals: Array<{ code: string; retryAfter: string | null }> = [];
    for (let i = 0; i < bodies.length; i += 20) {
      const batch = await Promise.all(bodies.slice(i, i + 20).map(async (form) => {
        const response = await fetch(`${fx.toolUrl}/lti/login`, { method: 'POST', body: new URLSearchParams(form), redirect: 'manual' });
        const body = await response.text();
        return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
      }));
      for (const { status, retryAfter, body } of batch) {
        statuses.push(status);
        if (status !== 302) refusals.push({ code: launchErrorOf(body).code, retryAfter });
      }
    }
    const accepted = statuses.filter((s) => s === 302).length;
    expect(statuses.filter((s) => s === 429)).toHaveLength(FLOOD - FLOOD_LIMIT);
    expect(statuses.filter((s) => s === 400)).toHaveLength(FLOOD_LIMIT - accepted);
    expect(accepted).toBeGreaterThan(0);
    for (const refusal of refusals) {
      if (refusal.code === 'RATE_LIMITED') expect(Number(refusal.retryAfter)).toBeGreaterThan(0);
      else expect(refusal.code).toBe('LOGIN_PARAMETER_TOO_LONG');
    }

    // One row per accepted login, holding only the parameters a launch needs.
    const stored = await storedLogins(fx);
    expect(stored).toHaveLength(accepted);
    for (const row of stored) {
      expect(row.length).toBeLessThanOrEqual(MAX_STORED);
      expect(Object.keys(JSON.parse(row)).every((key) => (LOGIN_PARAMETERS as string[]).includes(key))).toBe(true);
      expect(row).not.toContain('xxxxxxxxxx');
    }
    expect(stored.join('').length).toBeLessThanOrEqual(accepted * MAX_STORED);
  }, 120_000);
});

describe('login parameters', () => {
  let fx: ToolFixture;
  beforeAll(async () => {
    fx = await startToolWithLms();
  });
  afterAll(async () => fx?.close());

  /** A value of exactly `length` characters that the launch could still use. */
  const valueOfLength = (name: string, length: number) =>
    name === 'target_link_uri' ? `${fx.toolUrl}/lti/launch?pad=`.padEnd(length, 'h') : 'h'.repeat(length);

  it.each(LOGIN_PARAMETERS)('%s one character over its limit is refused with a page naming it, and nothing is stored', async (name) => {
    const before = (await storedLogins(fx)).length;
    const refused = await new BrowserClient().request(`${fx.toolUrl}/lti/login`, { form: { ...loginFields(fx, 'student01'), [name]: valueOfLength(name, LOGIN_PARAMETER_MAX_LENGTH[name] + 1) } });
    expect(refused.status).toBe(400);
    expect(launchErrorOf(refused.body)).toMatchObject({ code: 'LOGIN_PARAMETER_TOO_LONG' });
    expect(refused.body).toContain(`${name}: at most ${LOGIN_PARAMETER_MAX_LENGTH[name]} characters`);
    expect((await storedLogins(fx)).length).toBe(before);
  });

  it.each(['login_hint', 'target_link_uri', 'lti_message_hint'] as const)('%s at its limit is kept', async (name) => {
    const before = (await storedLogins(fx)).length;
    const value = valueOfLength(name, LOGIN_PARAMETER_MAX_LENGTH[name]);
    const kept = await new BrowserClient().request(`${fx.toolUrl}/lti/login`, { form: { ...loginFields(fx, 'student01'), [name]: value } });
    expect(kept.status).toBe(302);
    const stored = await storedLogins(fx);
    expect(stored).toHaveLength(before + 1);
    expect(stored.some((row) => JSON.parse(row)[name] === value)).toBe(true);
  });
});

describe('expired logins and nonces', () => {
  const clock = new TestClock();
  let fx: ToolFixture;
  const counts = async () => ({ loginStates: await fx.countRows('lti_login_states'), nonces: await fx.countRows('lti_nonces') });
  const waitFor = async (check: () => Promise<boolean>, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check()) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  };

  beforeAll(async () => {
    fx = await startToolWithLms({ clock: clock.now, pruneIntervalMs: 100 });
  });
  afterAll(async () => fx?.close());

  it('are deleted on a schedule once older than a launch may answer, and fresh ones stay', async () => {
    const browser = new BrowserClient();
    // Two logins left unanswered, one answered (its login is consumed and its nonce recorded).
    await beginLogin(new BrowserClient(), fx.lms, 'student01');
    await beginLogin(new BrowserClient(), fx.lms, 'student02');
    expect((await completeLogin(browser, await beginLogin(browser, fx.lms, 'student03'))).status).toBe(302);
    expect(await counts()).toEqual({ loginStates: 3, nonces: 1 });

    // Five minutes on, several sweeps later: everything may still be answered or replayed, so it stays.
    clock.advanceMinutes(5);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await counts()).toEqual({ loginStates: 3, nonces: 1 });

    // Past ten minutes no launch can answer them: the next sweep deletes them, without anyone asking.
    clock.advanceMinutes(6);
    const fresh = await beginLogin(new BrowserClient(), fx.lms, 'student04');
    expect(await waitFor(async () => (await counts()).nonces === 0, 5_000)).toBe(true);
    expect(await counts()).toEqual({ loginStates: 1, nonces: 0 });
    const [row] = await fx.tool.db.select<{ state: string }>('SELECT state FROM lti_login_states');
    expect(row.state).toBe(fresh.state);
  });
});
