import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createTestDatabase, startToolProcess, TestDatabase, ToolProcess } from '@lti-rooms/test-support';
import { sendRaw } from './fuzz/send-raw';

/**
 * Issue 10, finding 1: one unauthenticated request stopped the server process. A real
 * server process (apps/server/src/main.ts) on its own database gets every request shape
 * of the finding, answers each, and still answers /health afterwards.
 */
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const CRASH_SHAPES: Array<[string, string, Record<string, string>, string | undefined]> = [
  ['POST', '/lti/x', FORM, 'state=1'],
  ['PUT', '/lti/launch', FORM, 'state=1'],
  ['POST', '/lti/launch/x', FORM, 'state=1'],
  ['GET', '/lti/launch', FORM, 'state=1'],
  ['DELETE', '/lti/login/x', FORM, 'state=1'],
  ['POST', '/lti/x', FORM, 'x=1'],
  ['GET', '/lti/keys/x', {}, undefined],
];

describe('a real server process', () => {
  let database: TestDatabase;
  let server: ToolProcess;
  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startToolProcess({ databaseUrl: database.databaseUrl });
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('answers every request shape of the crash with a 4xx and keeps serving', async () => {
    for (const [method, path, headers, body] of CRASH_SHAPES) {
      const answer = await sendRaw(server.url, { method, path, headers, body });
      expect({ method, path, status: 'status' in answer ? answer.status : answer.error }).toEqual({ method, path, status: 404 });
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    }
    expect(server.exitCode()).toBeNull();
  });

  it('still serves its keyset at /lti/keys', async () => {
    const keys = await fetch(`${server.url}/lti/keys`);
    expect(keys.status).toBe(200);
    expect(await keys.json()).toEqual({ keys: expect.any(Array) });
  });
});

describe('the same wiring on an app with misbehaving routes', () => {
  let child: ChildProcess;
  let url: string;
  let output = '';
  beforeAll(async () => {
    child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'support/edge-wired-app.ts')], { cwd: resolve(__dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk) => (output += String(chunk)));
    url = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`the app did not start:\n${output}`)), 30_000);
      const poll = setInterval(() => {
        const found = /EDGE_APP_URL=(\S+)/.exec(output)?.[1];
        if (found || child.exitCode !== null) {
          clearInterval(poll);
          clearTimeout(timer);
          if (found) done(found);
          else fail(new Error(`the app exited:\n${output}`));
        }
      }, 50);
    });
  }, 40_000);
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('answers a rejecting async handler with a 500 under its own reference, logs the client’s id beside it, and keeps serving', async () => {
    const response = await fetch(`${url}/reject`, { headers: { accept: 'application/json', 'x-request-id': 'client-chosen-id' } });
    const reference = response.headers.get('x-request-id');
    expect(response.status).toBe(500);
    expect(reference).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ error: { code: 'INTERNAL', params: { reference } } });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    await waitFor(() => output.includes('a handler failed after an await'));
    const logged = output.split('\n').find((line) => line.includes('"statusCode":500'));
    expect(JSON.parse(logged!)).toMatchObject({ req: { id: reference }, clientRequestId: 'client-chosen-id' });
  });

  it('logs a rejection nobody handles and keeps serving', async () => {
    expect((await fetch(`${url}/orphan`)).status).toBe(202);
    await waitFor(() => output.includes('unhandled promise rejection'));
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect(child.exitCode).toBeNull();
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((done) => setTimeout(done, 25));
  }
}
