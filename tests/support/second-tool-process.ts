import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './tool-fixture';

const REPO_ROOT = resolve(__dirname, '../..');
const START_TIMEOUT_MS = 60_000;

export interface ToolProcess {
  url: string;
  /** Null while the process runs. */
  exitCode(): number | null;
  /** What it wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
  /** Kills the process at once (SIGKILL): nothing runs on the way out, as when a machine dies. */
  kill(): Promise<void>;
}

/**
 * Another server process of the same deployment: the same database and the same LTI key,
 * as a second instance behind a load balancer. It runs `apps/server/src/main.ts` exactly as
 * production does, so nothing is shared with the test process but the database. Without a
 * database URL it is a server of its own on a SQLite file (undefined variables are not passed).
 */
export async function startToolProcess(options: {
  databaseUrl?: string; ltiKey?: string; publicUrl?: string;
  /** LTI_REGISTRATION_ALLOWED_HOSTS: the test's dev LMS, which listens on loopback. */
  allowedHosts?: string[];
  env?: Record<string, string>;
}): Promise<ToolProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'lti-rooms-second-'));
  const output: string[] = [];
  // Only what the test asks for decides the adapter, not the shell the tests run in.
  const { REDIS_URL: _inheritedRedis, DATABASE_URL: _inheritedDatabase, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...inherited, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: options.publicUrl, DATABASE_URL: options.databaseUrl,
      LTI_KEY: options.ltiKey, DATA_DIR: dataDir, LOG_LEVEL: 'warn', WEB_DIST_DIR: join(REPO_ROOT, 'dist/web'),
      LTI_REGISTRATION_ALLOWED_HOSTS: (options.allowedHosts ?? []).join(','), ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk) => output.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the second server exited (${child.exitCode}):\n${output.join('')}`);
    if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) return { url, stop, kill, exitCode: () => child.exitCode, output: () => output.join('') };
    await new Promise((done) => setTimeout(done, 200));
  }
  await stop();
  throw new Error(`the second server did not start within ${START_TIMEOUT_MS / 1000} s:\n${output.join('')}`);
}
