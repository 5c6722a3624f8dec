import { join } from 'node:path';
import { Sequelize, Transaction, QueryTypes } from 'sequelize';
import { WriteQueue } from './write-queue';
import { formatSqliteErrorStacksOnlyOnFailure } from './sqlite-error-stack';
import { reuseSqliteTransactionConnection } from './sqlite-transaction-connection';
// ltijs-sequelize ships no types; its Database owns the Sequelize instance we share.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LtijsSequelize = require('ltijs-sequelize');

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** postgres://user:pass@host:port/db; when absent, a SQLite file in dataDir. */
  databaseUrl?: string;
  dataDir: string;
  poolMax?: number;
  logSql?: (sql: string) => void;
}

export interface Database {
  dialect: Dialect;
  sequelize: Sequelize;
  /** The ltijs plugin; ltijs keeps platforms, keys and its own tables through it. */
  ltiPlugin: unknown;
  /** Runs `work` in a transaction; SQLite takes the write lock up front so concurrent launches queue instead of failing. */
  transaction<T>(work: (t: Transaction) => Promise<T>): Promise<T>;
  select<T>(sql: string, replacements?: Record<string, unknown>, transaction?: Transaction): Promise<T[]>;
  execute(sql: string, replacements?: Record<string, unknown>, transaction?: Transaction): Promise<number>;
  /** A write with a RETURNING clause, inside the caller's transaction: the rows it returns. */
  writeReturning<T>(sql: string, replacements: Record<string, unknown>, transaction: Transaction): Promise<T[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

function connectionArgs(options: DatabaseOptions): [string, string, string, Record<string, unknown>] {
  const common = {
    logging: options.logSql ?? false,
    pool: { max: options.poolMax ?? 10, min: 0, idle: 10_000, acquire: 30_000 },
    retry: { max: 8, match: [/SQLITE_BUSY/] },
  };
  if (!options.databaseUrl) {
    return ['lti_rooms', '', '', { ...common, dialect: 'sqlite', storage: join(options.dataDir, 'lti-rooms.sqlite') }];
  }
  // ltijs-sequelize passes four arguments to Sequelize, which then ignores URLs: split it here.
  const url = new URL(options.databaseUrl);
  return [
    decodeURIComponent(url.pathname.replace(/^\//, '')),
    decodeURIComponent(url.username),
    decodeURIComponent(url.password),
    { ...common, dialect: 'postgres', host: url.hostname, port: Number(url.port || 5432), dialectOptions: sslOptions(url) },
  ];
}

function sslOptions(url: URL): Record<string, unknown> {
  const mode = url.searchParams.get('sslmode');
  return mode && mode !== 'disable' ? { ssl: { rejectUnauthorized: mode === 'verify-full' } } : {};
}

export function createDatabase(options: DatabaseOptions): Database {
  const [name, user, pass, sequelizeOptions] = connectionArgs(options);
  const ltiPlugin = new LtijsSequelize(name, user, pass, sequelizeOptions);
  const sequelize: Sequelize = ltiPlugin.db;
  const dialect = sequelizeOptions.dialect as Dialect;
  if (dialect === 'sqlite') formatSqliteErrorStacksOnlyOnFailure();
  const closeSpareConnection = dialect === 'sqlite' ? reuseSqliteTransactionConnection(sequelize) : async () => undefined;
  const queue = dialect === 'sqlite' ? new WriteQueue() : null;
  const serialized = <T>(work: () => Promise<T>) => (queue ? queue.run(work) : work());
  return {
    dialect,
    sequelize,
    ltiPlugin,
    transaction: (work) =>
      serialized(() => sequelize.transaction({ type: dialect === 'sqlite' ? Transaction.TYPES.IMMEDIATE : undefined }, work)),
    select: async <T>(sql: string, replacements?: Record<string, unknown>, transaction?: Transaction) =>
      (await sequelize.query(sql, { replacements, transaction, type: QueryTypes.SELECT })) as T[],
    execute: async (sql, replacements, transaction) => {
      const type = statementType(sql);
      // Inside a transaction the queue is already held; outside, a write takes its turn.
      const run = () => sequelize.query(sql, { replacements, transaction, type });
      const result = transaction ? await run() : await serialized(run);
      // Both dialects report affected rows this way once the statement type is given.
      return type === QueryTypes.BULKDELETE ? Number(result) : Number((result as unknown[])[1] ?? 0);
    },
    // Sequelize's SQLite driver runs any statement that starts with "insert into" without
    // reading its rows (so RETURNING answered nothing); it reads the rows of one that does not.
    writeReturning: async <T>(sql: string, replacements: Record<string, unknown>, transaction: Transaction) =>
      (await sequelize.query(`/* returning */ ${sql.trimStart()}`, { replacements, transaction, type: QueryTypes.SELECT })) as T[],
    ping: async () => {
      await sequelize.query('SELECT 1');
    },
    // Close() also stops ltijs-sequelize's hourly clean-up job, which would keep the process alive.
    close: async () => {
      await closeSpareConnection();
      return ltiPlugin.Close();
    },
  };
}

function statementType(sql: string): QueryTypes {
  const verb = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
  if (verb === 'UPDATE') return QueryTypes.UPDATE;
  if (verb === 'DELETE') return QueryTypes.BULKDELETE;
  if (verb === 'INSERT') return QueryTypes.INSERT;
  return QueryTypes.RAW;
}
