import { performance } from 'node:perf_hooks';
import { withPostgresClient } from '@lti-rooms/server-persistence';

/**
 * PostgreSQL plans our queries from table statistics. A bench database is minutes old: its
 * tables filled moments ago, and unless autovacuum has come by (it is off on some servers)
 * the planner still believes them empty, which can choose very different plans for a class of
 * 300. The run says which case it measured.
 */
export async function autovacuumSetting(adminUrl: string): Promise<string> {
  return withPostgresClient(adminUrl, async (client) => String((await client.query<{ autovacuum: string }>('SHOW autovacuum')).rows[0]?.autovacuum));
}

/** Gathers statistics for every table of the database now; resolves with how long it took, in ms. */
export async function analyzeDatabase(databaseUrl: string): Promise<number> {
  const startedAt = performance.now();
  await withPostgresClient(databaseUrl, (client) => client.query('ANALYZE'));
  return performance.now() - startedAt;
}
