import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { childEnvVars, type ActivityFigures, type ChildEnv, type ChildMessage, type MemoryFigures, type ParentMessage } from './child-protocol';

const REPO_ROOT = resolve(__dirname, '../../../..');
const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 8_000;

/** Every child still alive; killed on the way out whatever happens (see killAllServers). */
const running = new Set<ChildProcess>();

export interface ServerProcess {
  url: string;
  pid: number;
  /** CPU time (user + system) the server process has used so far, in ms. */
  cpuMs(): Promise<number>;
  /** The server's memory right after a forced garbage collection (it must run with --expose-gc). */
  memory(): Promise<MemoryFigures>;
  /** Event-loop delay since the previous call (or the start), and the server's cumulative counts of its work. */
  activity(): Promise<ActivityFigures>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts a target server in a process of its own. It is node with tsx as a loader (what the
 * `tsx` command does, minus its extra wrapper process), so `pid` is the server itself: kills
 * reach it and --cpu-prof profiles it. Every target gets the same `nodeFlags`.
 */
export async function startServerProcess(entry: string, env: Omit<ChildEnv, 'port'>, nodeFlags: string[]): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', entry], {
    cwd: REPO_ROOT, // tsx finds tsconfig.json (the @lti-rooms/* paths) here
    env: { ...process.env, ...childEnvVars({ ...env, port }) },
    // The server's stdout goes to our stderr: stdout carries only the report.
    stdio: ['ignore', 2, 'inherit', 'ipc'],
    // Its own process group, so Ctrl-C reaches only the bench, which then stops the servers
    // in order (and --cpu-prof profiles get written). A server still exits when the bench
    // dies, because its IPC channel closes (see server-child.ts).
    detached: true,
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  // Without a listener, a failed send to a dead server would crash the bench before cleanup.
  child.on('error', (error) => console.error(`bench: server ${child.pid}: ${error.message}`));

  let url: string;
  try {
    url = await waitForReady(child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  const ask = askChild(child);
  return {
    url,
    pid: child.pid!,
    cpuMs: async () => {
      const answer = await ask('cpu');
      return (answer.userMicros + answer.systemMicros) / 1000;
    },
    memory: async () => {
      const { heapUsedBytes, rssBytes, externalBytes, gcForced } = await ask('memory');
      if (!gcForced) throw new Error(`server ${child.pid} cannot collect garbage on request: start it with --expose-gc`);
      return { heapUsedBytes, rssBytes, externalBytes };
    },
    activity: async () => {
      const { type: _type, id: _id, ...figures } = await ask('activity');
      return figures;
    },
    stop: () => stopChild(child),
  };
}

type Question = Exclude<ParentMessage, { type: 'stop' }>['type'];
type AnswerTo<Q extends Question> = Extract<ChildMessage, { type: Q }>;

/** A request to the child and its answer, matched by id so concurrent questions cannot be confused. */
function askChild(child: ChildProcess): <Q extends Question>(type: Q) => Promise<AnswerTo<Q>> {
  let nextId = 1;
  return <Q extends Question>(type: Q) =>
    new Promise<AnswerTo<Q>>((resolveAnswer, reject) => {
      const id = nextId++;
      const gone = () => {
        child.off('message', onMessage);
        reject(new Error(`server ${child.pid} is gone`));
      };
      const onMessage = (message: ChildMessage) => {
        if (message.type !== type || !('id' in message) || message.id !== id) return;
        child.off('message', onMessage);
        child.off('exit', gone);
        resolveAnswer(message as AnswerTo<Q>);
      };
      if (!child.connected) return gone();
      child.on('message', onMessage);
      child.once('exit', gone);
      child.send({ type, id } as ParentMessage, (error) => error && gone());
    });
}

function waitForReady(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server ${child.pid} did not start within ${START_TIMEOUT_MS / 1000}s`)), START_TIMEOUT_MS);
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolveUrl(message.url);
      } else if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`server failed to start: ${message.message}`));
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited during start-up (code ${code}, signal ${signal})`));
    });
  });
}

/** Asks the server to close (so a CPU profile gets written), then kills it if it lingers. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  if (child.connected) child.send({ type: 'stop' } satisfies ParentMessage, (error) => error && child.kill('SIGKILL'));
  else child.kill('SIGKILL');
  await exited;
  clearTimeout(timer);
}

/** Synchronous on purpose: it also runs from process.on('exit'), where nothing async runs. */
export function killAllServers(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}
