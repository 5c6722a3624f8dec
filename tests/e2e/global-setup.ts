import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { createE2eDatabase, dropE2eDatabase } from './support/database';
import { E2E_OPERATOR_SECRET, E2eState, SECOND_LMS_PORT_ENV, STATE_FILE_ENV, writeState } from './support/e2e-state';
import { freePort, killProcessGroupsNow, startTsx, StartedProcess, stopProcessGroup, waitFor } from './support/processes';

const HEALTH_TIMEOUT_MS = 60_000;
const REGISTRATION_TIMEOUT_MS = 60_000;
/** The dev LMS course page shows this link only once Dynamic Registration with the tool worked. */
const REGISTERED_MARKER = '>Launch as Ada Instructor</a>';

/**
 * Starts the tool and the Dev LMS as child processes on free loopback ports (127.0.0.1 for both,
 * so the tool's SameSite=Lax cookies are same-site with the LMS), waits until the LMS is
 * registered, and hands the URLs to the tests through E2E_TOOL_URL / E2E_LMS_URL.
 */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const root = config.configFile ? dirname(config.configFile) : process.cwd();
  ensureWebBuild(root);

  const tmpDir = mkdtempSync(join(tmpdir(), 'lti-rooms-e2e-'));
  const toolDataDir = join(tmpDir, 'tool');
  const lmsDataDir = join(tmpDir, 'dev-lms');
  mkdirSync(toolDataDir);
  mkdirSync(lmsDataDir);
  // The tool serves a copy of the web build: a `vite build` run while the suite runs (it empties
  // dist/web and renames the hashed assets) must not break pages halfway through loading.
  const webDir = join(tmpDir, 'web');
  cpSync(join(root, 'dist', 'web'), webDir, { recursive: true });

  const [toolPort, lmsPort] = await distinctFreePorts();
  // A second Dev LMS a spec may start (registration-activation.spec.ts): the tool must be allowed to fetch from it.
  let secondLmsPort = await freePort();
  while (secondLmsPort === toolPort || secondLmsPort === lmsPort) secondLmsPort = await freePort();
  const toolUrl = `http://127.0.0.1:${toolPort}`;
  const lmsUrl = `http://127.0.0.1:${lmsPort}`;
  const state: E2eState = { toolUrl, lmsUrl, tmpDir, pids: [] };
  const stateFile = join(tmpDir, 'state.json');
  process.env[STATE_FILE_ENV] = stateFile;

  const started: StartedProcess[] = [];
  // If the runner exits without teardown (crash, second Ctrl-C), do not leave servers behind.
  // Teardown deletes the state file once it has stopped them, which disarms this.
  const killOnExit = () => {
    if (existsSync(stateFile)) killProcessGroupsNow(state.pids);
  };
  process.once('exit', killOnExit);

  try {
    const adminUrl = process.env.TEST_DATABASE_URL;
    let databaseUrl: string | undefined;
    if (adminUrl) {
      const database = await createE2eDatabase(adminUrl);
      state.database = { adminUrl, name: database.name };
      databaseUrl = database.url;
    }
    writeState(stateFile, state);

    const baseEnv = { ...process.env };
    delete baseEnv.DATABASE_URL;
    delete baseEnv.REDIS_URL;
    const tool = startTsx({
      name: 'tool',
      root,
      entry: 'apps/server/src/main.ts',
      logDir: tmpDir,
      env: {
        ...baseEnv,
        PORT: String(toolPort),
        HOST: '127.0.0.1',
        PUBLIC_URL: toolUrl,
        DATA_DIR: toolDataDir,
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
        LTI_AUTO_ACTIVATE: 'true',
        // The Dev LMS listens on loopback, which the tool fetches from only when allowed.
        LTI_REGISTRATION_ALLOWED_HOSTS: `127.0.0.1:${lmsPort},127.0.0.1:${secondLmsPort}`,
        OPERATOR_SECRET: E2E_OPERATOR_SECRET,
        LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
        WEB_DIST_DIR: webDir,
      },
    });
    started.push(tool);
    state.pids.push(tool.child.pid!);
    writeState(stateFile, state);

    await waitFor(`the tool at ${toolUrl}/health`, async () => (await fetch(`${toolUrl}/health`)).ok, {
      timeoutMs: HEALTH_TIMEOUT_MS,
      processes: [tool],
    });

    // Started once the tool answers, so its first registration attempt succeeds.
    const lms = startTsx({
      name: 'dev-lms',
      root,
      entry: 'tools/dev-lms/src/main.ts',
      logDir: tmpDir,
      env: { ...baseEnv, DEV_LMS_PORT: String(lmsPort), TOOL_URL: toolUrl, DEV_LMS_DATA_DIR: lmsDataDir },
    });
    started.push(lms);
    state.pids.push(lms.child.pid!);
    writeState(stateFile, state);

    await waitFor(
      `the Dev LMS at ${lmsUrl} to be registered with the tool`,
      async () => {
        const response = await fetch(`${lmsUrl}/`);
        return response.ok && (await response.text()).includes(REGISTERED_MARKER);
      },
      { timeoutMs: REGISTRATION_TIMEOUT_MS, intervalMs: 250, processes: [tool, lms] },
    );
    // The Dev LMS stores the registration (and shows its launch links) when the tool POSTs to
    // its registration endpoint, before the tool has saved the platform on its side: wait until
    // the tool accepts a login from this LMS too, or the first launch may be UNKNOWN_PLATFORM.
    await waitFor(
      `the tool to know the Dev LMS as a platform`,
      async () => toolAcceptsLogin(toolUrl, lmsUrl),
      { timeoutMs: REGISTRATION_TIMEOUT_MS, intervalMs: 100, processes: [tool, lms] },
    );
  } catch (error) {
    await Promise.all(state.pids.map((pid) => stopProcessGroup(pid)));
    if (state.database) await dropE2eDatabase(state.database.adminUrl, state.database.name).catch(() => undefined);
    process.off('exit', killOnExit);
    // Everything is stopped: nothing left for teardown. The error carries the log tails.
    if (process.env.E2E_KEEP_TMP) {
      rmSync(stateFile, { force: true });
      console.error(`e2e global setup failed; logs and data kept in ${tmpDir}`);
    } else {
      rmSync(tmpDir, { recursive: true, force: true });
    }
    throw error;
  }

  process.env.E2E_TOOL_URL = toolUrl;
  process.env.E2E_LMS_URL = lmsUrl;
  process.env[SECOND_LMS_PORT_ENV] = String(secondLmsPort);
}

/**
 * True once the tool answers an OIDC login initiation from the Dev LMS (issuer and client id
 * as the course page shows them) with the redirect to the LMS, not with UNKNOWN_PLATFORM.
 */
async function toolAcceptsLogin(toolUrl: string, lmsUrl: string): Promise<boolean> {
  const page = await (await fetch(`${lmsUrl}/`)).text();
  const clientId = /<dt>Client id<\/dt><dd><code>([^<]+)<\/code>/.exec(page)?.[1];
  if (!clientId) return false;
  const login = new URL('/lti/login', toolUrl);
  login.searchParams.set('iss', lmsUrl);
  login.searchParams.set('login_hint', 'e2e-readiness-probe');
  login.searchParams.set('target_link_uri', `${toolUrl}/lti/launch`);
  login.searchParams.set('client_id', clientId);
  const response = await fetch(login, { redirect: 'manual' });
  return response.status === 302 && (response.headers.get('location') ?? '').startsWith(lmsUrl);
}

/** Builds the web app when dist/web is missing (the usual test command builds it first). */
function ensureWebBuild(root: string): void {
  if (existsSync(join(root, 'dist', 'web', 'index.html'))) return;
  console.log('e2e: dist/web/index.html is missing, building the web app…');
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'apps/web/vite.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`web build failed (${result.signal ?? `exit code ${result.status}`})`);
}

async function distinctFreePorts(): Promise<[number, number]> {
  const first = await freePort();
  let second = await freePort();
  while (second === first) second = await freePort();
  return [first, second];
}
