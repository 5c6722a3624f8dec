import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createE2eDatabase, dropE2eDatabase } from './database';
import { readState, STATE_FILE_ENV } from './e2e-state';
import { freePort, startTsx, StartedProcess, stopProcessGroup, waitFor } from './processes';

export type CookiePolicy = 'same-site' | 'cross-site' | 'cross-site-unpartitioned';

export interface ToolWithLms {
  toolUrl: string;
  /** The LMS's issuer and OIDC endpoints: same site as the tool (127.0.0.1). */
  lmsUrl: string;
  /** Where its course pages are: http://localhost:<port>, another site than the tool's. */
  coursePagesUrl: string;
  close(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/**
 * A tool of its own, with the cookie policy a test needs, and a Dev LMS whose course pages
 * are on another site (localhost) than the tool and the LMS's OIDC endpoints (127.0.0.1), as
 * Canvas serves them: a launch in its course page frames the tool cross-site. Same database
 * kind as the suite (a fresh PostgreSQL database when TEST_DATABASE_URL is set).
 */
export async function startToolWithCrossSiteLms(name: string, cookiePolicy: CookiePolicy): Promise<ToolWithLms> {
  const root = process.cwd();
  const suiteDir = readState(process.env[STATE_FILE_ENV]!).tmpDir;
  const dir = mkdtempSync(join(suiteDir, `${name}-`));
  mkdirSync(join(dir, 'tool'));
  const [toolPort, lmsPort] = [await freePort(), await freePort()];
  const toolUrl = `http://127.0.0.1:${toolPort}`;
  const lmsUrl = `http://127.0.0.1:${lmsPort}`;
  const adminUrl = process.env.TEST_DATABASE_URL;
  const database = adminUrl ? await createE2eDatabase(adminUrl) : null;
  const started: StartedProcess[] = [];
  const close = async () => {
    await Promise.all(started.map((process) => stopProcessGroup(process.child.pid!)));
    if (database) await dropE2eDatabase(adminUrl!, database.name).catch(() => undefined);
    if (!process.env.E2E_KEEP_TMP) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    delete env.REDIS_URL;
    const tool = startTsx({
      name: `${name}-tool`, root, entry: 'apps/server/src/main.ts', logDir: dir,
      env: {
        ...env, PORT: String(toolPort), HOST: '127.0.0.1', PUBLIC_URL: toolUrl, DATA_DIR: join(dir, 'tool'),
        ...(database ? { DATABASE_URL: database.url } : {}),
        COOKIE_POLICY: cookiePolicy, LTI_AUTO_ACTIVATE: 'true', LTI_REGISTRATION_ALLOWED_HOSTS: `127.0.0.1:${lmsPort}`,
        LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn', WEB_DIST_DIR: join(suiteDir, 'web'),
      },
    });
    started.push(tool);
    await waitFor(`${name}: the tool`, async () => (await fetch(`${toolUrl}/health`)).ok, { timeoutMs: START_TIMEOUT_MS, processes: [tool] });
    const lms = startTsx({
      name: `${name}-dev-lms`, root, entry: 'tools/dev-lms/src/main.ts', logDir: dir,
      env: { ...env, DEV_LMS_PORT: String(lmsPort), TOOL_URL: toolUrl, DEV_LMS_DATA_DIR: join(dir, 'dev-lms'), DEV_LMS_COURSE_PAGES_HOST: 'localhost' },
    });
    started.push(lms);
    // Registered on both sides: the LMS shows its client id, and the tool accepts a login with it.
    await waitFor(`${name}: the Dev LMS registered with the tool`, async () => {
      const page = await (await fetch(`${lmsUrl}/`)).text();
      const clientId = /<dt>Client id<\/dt><dd><code>([^<]+)<\/code>/.exec(page)?.[1];
      if (!clientId) return false;
      const login = new URL('/lti/login', toolUrl);
      for (const [key, value] of Object.entries({ iss: lmsUrl, login_hint: 'e2e-readiness-probe', target_link_uri: `${toolUrl}/lti/launch`, client_id: clientId })) {
        login.searchParams.set(key, value);
      }
      return (await fetch(login, { redirect: 'manual' })).status === 302;
    }, { timeoutMs: START_TIMEOUT_MS, intervalMs: 250, processes: [tool, lms] });
    return { toolUrl, lmsUrl, coursePagesUrl: `http://localhost:${lmsPort}`, close };
  } catch (error) {
    await close();
    throw error;
  }
}
