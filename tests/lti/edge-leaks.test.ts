import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTool, loadConfig, Tool } from '@lti-rooms/server-app';
import { api, freePort, launch, startToolWithLms, ToolFixture } from '@lti-rooms/test-support';

/** Issue 10, finding 10: what the edge gave away besides its answers. */
const logLines: string[] = [];
let fx: ToolFixture;
beforeAll(async () => {
  fx = await startToolWithLms({ logLines });
});
afterAll(async () => fx?.close());

describe('logs', () => {
  it('never hold a registration token or any other token from a query string', async () => {
    const secrets = ['REGISTRATION-TOKEN-SECRET-1', 'ID-TOKEN-SECRET-2', 'LTIK-SECRET-3'];
    await fetch(`${fx.toolUrl}/lti/register?openid_configuration=ftp%3A%2F%2Fnowhere&registration_token=${secrets[0]}`);
    await fetch(`${fx.toolUrl}/lti/login?iss=x&id_token=${secrets[1]}&ltik=${secrets[2]}`);
    const lines = logLines.join('');
    expect(lines).toContain('registration_token=[redacted]');
    for (const secret of secrets) expect(lines).not.toContain(secret);
  });

  it('use an id of their own, not the client’s X-Request-Id, and keep the client’s beside it', async () => {
    const response = await fetch(`${fx.toolUrl}/api/me`, { headers: { 'x-request-id': 'attacker-chosen-id' } });
    const ours = response.headers.get('x-request-id');
    expect(ours).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const line = logLines.map((l) => JSON.parse(l)).find((entry) => entry.req?.id === ours && entry.res);
    expect(line).toMatchObject({ clientRequestId: 'attacker-chosen-id', req: { url: '/api/me' } });
  });
});

describe('ltijs is not exposed under /lti', () => {
  const ORIGIN = 'https://evil.example';
  it.each([
    ['OPTIONS', '/lti/keys'], ['GET', '/lti/keys'], ['OPTIONS', '/lti/launch'], ['POST', '/lti/launch'], ['OPTIONS', '/lti/login'],
    ['GET', '/lti/login'], ['OPTIONS', '/lti/anything'], ['POST', '/lti/anything'],
  ])('%s %s with an Origin gets no credentialed CORS answer', async (method, path) => {
    const response = await fetch(`${fx.toolUrl}${path}`, { method, headers: { origin: ORIGIN, 'access-control-request-method': 'POST' } });
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).not.toBe(ORIGIN);
  });

  it('does not echo a request body in an error page', async () => {
    const response = await fetch(`${fx.toolUrl}/lti/anything`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'marker=ECHOED-BODY-MARKER' });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('ECHOED-BODY-MARKER');
  });
});

describe('unpublishing', () => {
  it('by a course manager who is not the owner answers with the change made', async () => {
    const [owner, manager, student] = await Promise.all(['instructor', 'admin', 'student01'].map((user) => launch(fx.toolUrl, fx.lms, user)));
    const channelId = owner.landingPath.split('/').pop()!;
    const roomId = (await api(fx.toolUrl, owner, 'POST', '/api/rooms', { channelId, name: 'To unpublish', modeChoice: { kind: 'mode', mode: 'interactive' }, availability: { kind: 'always' } })).json.id;
    const answer = await api(fx.toolUrl, manager, 'DELETE', `/api/rooms/${roomId}/channels/${channelId}`);
    expect(answer).toEqual({ status: 200, json: { channels: expect.arrayContaining([{ id: channelId, title: expect.any(String), published: false }]) } });
    const listed = await api(fx.toolUrl, student, 'GET', `/api/channels/${channelId}/rooms`);
    expect(listed.json.rooms.map((r: { id: string }) => r.id)).not.toContain(roomId);
  });
});

/** A tool of its own for the settings under test; no LMS needed to read /metrics or static files. */
async function withTool(env: Record<string, string>, work: (tool: Tool, urls: { url: string; metricsUrl?: string }) => Promise<void>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'lti-rooms-edge-'));
  const tool = await createTool(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', HOST: '127.0.0.1', WEB_DIST_DIR: join(dataDir, 'web'), ...env }), { sweepIntervalMs: null });
  try {
    await work(tool, await tool.listen(0, '127.0.0.1'));
  } finally {
    await tool.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('/metrics is the operator’s choice', () => {
  const TOKEN = 'metrics-token-0123456789abcdef';
  const metricsOf = (url: string, token?: string) => fetch(`${url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('answers 404 when the operator chose nothing', async () => {
    expect((await metricsOf(fx.toolUrl)).status).toBe(404);
  });

  it('wants the bearer token when METRICS_TOKEN is set', () =>
    withTool({ METRICS_TOKEN: TOKEN }, async (_tool, { url }) => {
      expect((await metricsOf(url)).status).toBe(401);
      expect((await metricsOf(url, `${TOKEN}x`)).status).toBe(401);
      const allowed = await metricsOf(url, TOKEN);
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('http_request_duration_seconds');
    }));

  it('has a listener of its own with METRICS_PORT, and none on the public port', async () => {
    const port = await freePort();
    await withTool({ METRICS_PORT: String(port) }, async (_tool, { url, metricsUrl }) => {
      expect(metricsUrl).toBe(`http://127.0.0.1:${port}`);
      expect((await metricsOf(url)).status).toBe(404);
      const metrics = await metricsOf(metricsUrl!);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toContain('lti_rooms_realtime_connections');
      expect((await fetch(`${metricsUrl}/health`)).status).toBe(404);
    });
  });
});

describe('source maps', () => {
  it('are not served even when a build left them in the web directory', () =>
    withTool({}, async (tool, { url }) => {
      const assets = join(tool.config.WEB_DIST_DIR, 'assets');
      mkdirSync(assets, { recursive: true });
      writeFileSync(join(tool.config.WEB_DIST_DIR, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
      writeFileSync(join(assets, 'app.js'), 'console.log(1);\n//# sourceMappingURL=app.js.map');
      writeFileSync(join(assets, 'app.js.map'), '{"version":3,"sources":["secret-source.ts"]}');
      expect((await fetch(`${url}/assets/app.js`)).status).toBe(200);
      for (const path of ['/assets/app.js.map', '/assets/app.js%2Emap', '/assets/app.js.m%61p', '/assets/APP.JS.MAP', '/assets/missing.js.map']) {
        const response = await fetch(`${url}${path}`);
        expect({ path, status: response.status }).toEqual({ path, status: 404 });
        expect(await response.text()).not.toContain('secret-source');
      }
    }));

  it('are not produced by the production build', () => {
    const script = `import { loadConfigFromFile } from 'vite';
      const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'apps/web/vite.config.ts', undefined, 'silent');
      console.log(JSON.stringify(loaded.config.build.sourcemap ?? false));`;
    const sourcemap = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: resolve(__dirname, '../..'), encoding: 'utf8' }).trim();
    expect(sourcemap).toBe('false');
  });
});
