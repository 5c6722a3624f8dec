import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@lti-rooms/test-support';

/** The trial runs on its embedded defaults (SQLite), so this runs once, not per database. */
const describeTrial = process.env.TEST_DATABASE_URL ? describe.skip : describe;

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

function exited(child: ChildProcess, ms: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still running ${ms} ms after SIGTERM`)), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describeTrial('npm start, the trial', () => {
  let dataDir: string;
  let trial: ChildProcess | null = null;
  afterEach(() => {
    trial?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('registers the dev LMS once the tool is ready, keeps its data in DATA_DIR, and stops entirely on SIGTERM', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lti-rooms-trial-'));
    const [toolPort, lmsPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(toolPort), DEV_LMS_PORT: String(lmsPort), LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    delete env.PUBLIC_URL;
    trial = spawn('npm', ['start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    trial.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    trial.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));

    const deadline = Date.now() + 60_000;
    while (!/Dev LMS: registered with/.test(output) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(output).toMatch(/Dev LMS: registered with/);
    // No failed first attempt while the tool was still starting.
    expect(output).not.toMatch(/failed|ECONNREFUSED/i);
    expect(existsSync(join(dataDir, 'dev-lms'))).toBe(true);
    expect(await listening(toolPort)).toBe(true);
    expect(await listening(lmsPort)).toBe(true);

    trial.kill('SIGTERM');
    await exited(trial, 15_000);
    trial = null;
    expect(await listening(toolPort)).toBe(false);
    expect(await listening(lmsPort)).toBe(false);
  }, 90_000);
});
