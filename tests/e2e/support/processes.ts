import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A port the OS just handed out on loopback; free again by the time this resolves. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface StartedProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** Set once the process has exited, so waits can stop early with its log. */
  exited: () => string | null;
}

/**
 * Runs a TypeScript entry point with tsx in its own process group (tsx forks a second node
 * process; killing the group stops both). Output goes to `<logDir>/<name>.log`.
 */
export function startTsx(options: { name: string; root: string; entry: string; env: NodeJS.ProcessEnv; logDir: string }): StartedProcess {
  const tsxCli = join(options.root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  if (!existsSync(tsxCli)) throw new Error(`tsx not found at ${tsxCli}`);
  const logFile = join(options.logDir, `${options.name}.log`);
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, [tsxCli, options.entry], {
    cwd: options.root,
    env: options.env,
    detached: true,
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  let exit: string | null = null;
  child.once('exit', (code, signal) => {
    exit = `exited with ${signal ?? `code ${code}`}`;
  });
  child.once('error', (error) => {
    exit = `could not start: ${error.message}`;
  });
  // Do not keep the Playwright runner alive for these; teardown stops them.
  child.unref();
  return { name: options.name, child, logFile, exited: () => exit };
}

export function logTail(logFile: string, lines = 40): string {
  try {
    return readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGTERM to the whole process group, SIGKILL if it is still there after `graceMs`. */
export async function stopProcessGroup(pid: number, graceMs = 5_000): Promise<void> {
  if (!groupAlive(pid)) return;
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(50);
  if (groupAlive(pid)) {
    signalGroup(pid, 'SIGKILL');
    while (groupAlive(pid)) await sleep(50);
  }
}

/** Synchronous last resort for `process.on('exit')`: no waiting, just SIGKILL the groups. */
export function killProcessGroupsNow(pids: number[]): void {
  for (const pid of pids) signalGroup(pid, 'SIGKILL');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `check` until it returns true. Stops early (with the log) when the watched process
 * exits, and fails with the log tail after `timeoutMs`.
 */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  options: { timeoutMs: number; intervalMs?: number; processes: StartedProcess[] },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    for (const started of options.processes) {
      const exit = started.exited();
      if (exit) throw new Error(`${started.name} ${exit} while waiting for ${what}.\n--- ${started.logFile} ---\n${logTail(started.logFile)}`);
    }
    try {
      if (await check()) return;
    } catch (error) {
      lastError = (error as Error).message;
    }
    await sleep(options.intervalMs ?? 200);
  }
  const logs = options.processes.map((p) => `--- ${p.logFile} ---\n${logTail(p.logFile)}`).join('\n');
  throw new Error(`Timed out after ${options.timeoutMs / 1000} s waiting for ${what}${lastError ? ` (last error: ${lastError})` : ''}.\n${logs}`);
}
