import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { startDevLms, DevLms, DevLmsOptions } from '@lti-rooms/dev-lms';
import { Account, createLogger, createTool, loadConfig, Tool } from '@lti-rooms/server-app';
import { createTestDatabase, TestDatabase } from './test-database';

export interface ToolFixture {
  tool: Tool;
  toolUrl: string;
  lms: DevLms;
  account: Account;
  database: TestDatabase;
  countRows(table: string): Promise<number>;
  close(): Promise<void>;
}

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The real tool (real database, real ltijs) and the dev LMS on loopback ports, registered
 * with each other through Dynamic Registration and, unless asked otherwise, activated.
 */
export interface ToolFixtureOptions {
  activate?: boolean;
  env?: Record<string, string>;
  logLines?: string[];
  /** The tool's clock; the real one by default. */
  clock?: () => Date;
  /** Sweep meetings on a timer (ms), or never by itself (null, the default: tests call tool.sweeper.sweep()). */
  sweepIntervalMs?: number | null;
  /** More LTI_REGISTRATION_ALLOWED_HOSTS entries than the fixture's own dev LMS (another LMS a test starts). */
  allowedHosts?: string[];
  /** A certificate authority the tool trusts for outbound https (a test's own https server). */
  outboundCa?: string;
  /** Host names the tool's outbound client answers itself (name → address), for a test's https servers. */
  outboundHosts?: Record<string, string>;
  /** Prune expired logins and nonces on a timer (ms), or never by itself (null, the default). */
  pruneIntervalMs?: number | null;
  /** How often the grade outbox is delivered; null (the default): the test calls tool.grades.tick(). */
  gradeDeliveryIntervalMs?: number | null;
  /** How the dev LMS is started, e.g. course pages on another origin than its issuer. */
  lms?: Partial<DevLmsOptions>;
}

export async function startToolWithLms(options: ToolFixtureOptions = {}): Promise<ToolFixture> {
  const database = await createTestDatabase();
  const port = await freePort();
  const lmsPort = await freePort();
  // The dev LMS listens on loopback, which the tool fetches from only when the operator allows it.
  const allowedHosts = [`127.0.0.1:${lmsPort}`, ...(options.allowedHosts ?? []), options.env?.LTI_REGISTRATION_ALLOWED_HOSTS].filter(Boolean);
  const config = loadConfig({
    DATA_DIR: database.dataDir,
    DATABASE_URL: database.databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WEB_DIST_DIR: 'dist/web',
    ...options.env,
    LTI_REGISTRATION_ALLOWED_HOSTS: allowedHosts.join(','),
  });
  // Tests that must prove what never reaches a log collect every line the tool's own logger writes, at the most verbose level.
  const logger = options.logLines
    ? createLogger('trace', new Writable({ write(chunk, _encoding, done) { options.logLines!.push(String(chunk)); done(); } }))
    : createLogger(config.LOG_LEVEL);
  const tool = await createTool(config, {
    logger, clock: options.clock, sweepIntervalMs: options.sweepIntervalMs ?? null, outboundCa: options.outboundCa, outboundHosts: options.outboundHosts, pruneIntervalMs: options.pruneIntervalMs ?? null,
    gradeDeliveryIntervalMs: options.gradeDeliveryIntervalMs ?? null,
  });
  const { url: toolUrl } = await tool.listen(port, '127.0.0.1');
  const lms = await startDevLms({ port: lmsPort, toolUrl, logger: quiet, ...options.lms });
  const registration = await lms.register();
  let account = (await tool.accounts.findByIssuerAndClient(lms.issuer, registration.clientId))!;
  if (options.activate !== false && !account.active) {
    account = await tool.registration.setActive(account, true);
  }
  return {
    tool, toolUrl, lms, account, database,
    countRows: async (table) => {
      const [row] = await tool.db.select<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}`);
      return Number(row.n);
    },
    close: async () => {
      await lms.close();
      await tool.close();
      await database.drop();
    },
  };
}

/** Counts of everything a launch may write: a refused launch must leave all of it unchanged. */
export async function launchWrites(fx: ToolFixture): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['users', 'channels', 'memberships', 'launches', 'lti_nonces']) counts[table] = await fx.countRows(table);
  const [consumed] = await fx.tool.db.select<{ n: number }>('SELECT COUNT(*) AS n FROM lti_login_states WHERE consumed_at IS NOT NULL');
  counts.consumedLogins = Number(consumed.n);
  return counts;
}
