/**
 * CLI: `tsx tools/dev-lms/src/main.ts`. Starts the Dev LMS, waits until the tool answers
 * /ready (the start script launches both at once), then registers: no failed attempt is
 * printed while the tool is merely starting.
 */
import { join } from 'node:path';
import { startDevLms } from './start-dev-lms';

const RETRY_EVERY_MS = 2_000;
const GIVE_UP_AFTER_MS = 60_000;

const logger = {
  info: (...args: unknown[]) => console.log(...args),
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => console.error(...args),
};

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** True once the tool answers /ready with 200 (its database is up and migrated). */
async function toolReady(toolUrl: string): Promise<boolean> {
  try {
    return (await fetch(new URL('/ready', toolUrl), { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const port = Number(process.env.DEV_LMS_PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`DEV_LMS_PORT is not a port: ${process.env.DEV_LMS_PORT}`);
  const toolUrl = process.env.TOOL_URL ?? 'http://127.0.0.1:3000';
  const lms = await startDevLms({
    port,
    host: process.env.DEV_LMS_HOST ?? '127.0.0.1',
    toolUrl,
    publicUrl: process.env.DEV_LMS_PUBLIC_URL || undefined,
    // Course pages on another site than the tool and the LMS's OIDC endpoints (e.g. localhost), as Canvas serves them.
    coursePagesHost: process.env.DEV_LMS_COURSE_PAGES_HOST || undefined,
    // Beside the tool's own data: one DATA_DIR holds the whole trial.
    dataDir: process.env.DEV_LMS_DATA_DIR ?? join(process.env.DATA_DIR ?? '.data', 'dev-lms'),
    autoRegister: false,
    logger: { ...logger, info: () => undefined },
  });
  console.log(`Dev LMS: ${lms.url}`);

  const shutDown = () => {
    void lms.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutDown);
  process.once('SIGTERM', shutDown);

  const deadline = Date.now() + GIVE_UP_AFTER_MS;
  let lastProblem = `${toolUrl}/ready did not answer`;
  while (!lms.registration() && Date.now() < deadline) {
    if (!(await toolReady(toolUrl))) {
      await sleep(RETRY_EVERY_MS / 4);
      continue;
    }
    // Quiet while retrying: the tool is usually just starting; the last problem is shown on giving up.
    await lms.register().catch((error: unknown) => {
      lastProblem = (error as Error).message;
    });
    if (!lms.registration()) await sleep(RETRY_EVERY_MS);
  }
  const registration = lms.registration();
  if (registration) {
    logger.info(`Dev LMS: registered with "${registration.toolName}" (client ${registration.clientId}, deployment ${registration.deploymentId})`);
  } else {
    logger.warn(`Dev LMS: gave up on automatic registration (${lastProblem}); use "Register with tool" on ${lms.url}`);
  }
}

main().catch((error: unknown) => {
  console.error('Dev LMS failed to start:', error);
  process.exit(1);
});
