import { Client } from 'pg';
import { SequelizeStorage, Umzug } from 'umzug';
import { Database } from './database';
import { MIGRATIONS } from './migrations';

const MIGRATION_LOCK_ID = 4_242_001;

/**
 * Creates ltijs's tables and ours. On PostgreSQL several server processes may start at
 * once: a session advisory lock, held on a connection of its own, lets one migrate at a time.
 */
export async function migrateDatabase(db: Database, databaseUrl?: string): Promise<void> {
  const lock = databaseUrl ? new Client({ connectionString: databaseUrl }) : null;
  if (lock) {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
  }
  try {
    if (db.dialect === 'sqlite') await db.sequelize.query('PRAGMA journal_mode=WAL');
    await setUpLtijsTables(db);
    const umzug = new Umzug({
      migrations: MIGRATIONS.map((m) => ({ name: m.name, up: m.up, down: m.down })),
      context: db.sequelize.getQueryInterface(),
      storage: new SequelizeStorage({ sequelize: db.sequelize, modelName: 'app_migrations' }),
      logger: undefined,
    });
    await umzug.up();
  } finally {
    if (lock) {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
      await lock.end();
    }
  }
}

/**
 * ltijs-sequelize's setup() syncs its models, runs its own migrations (logging to the
 * console) and starts an hourly clean-up job. We call it here instead of through ltijs's
 * deploy(), which exits the process on any error.
 */
async function setUpLtijsTables(db: Database): Promise<void> {
  const plugin = db.ltiPlugin as { setup(): Promise<void> };
  const info = console.info;
  console.info = () => undefined; // its umzug logger prints every migration event
  try {
    await plugin.setup();
  } finally {
    console.info = info;
  }
}
