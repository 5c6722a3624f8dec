import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withPostgresClient as withAdmin } from '@lti-rooms/server-persistence';

export type DbKind = 'sqlite' | 'postgres';

/** The PostgreSQL server the bench creates its databases on; trust auth on loopback. */
export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A database of its own for one target in one run: a temp dir (the SQLite file goes in
 * it, and our tool keeps its key there) and, for PostgreSQL, a fresh database.
 */
export interface BenchDatabase {
  kind: DbKind;
  dataDir: string;
  /** postgres://…/lti_rooms_bench_<hex>; absent for SQLite. */
  url?: string;
  drop(): Promise<void>;
}

export async function createBenchDatabase(kind: DbKind, adminUrl: string): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lti-rooms-bench-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (kind === 'sqlite') return { kind, dataDir, drop: async () => removeDir() };

  // The name is the only part that is not a literal; hex keeps it a safe identifier.
  const name = `lti_rooms_bench_${randomBytes(6).toString('hex')}`;
  try {
    await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  } catch (error) {
    removeDir();
    throw error;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    dataDir,
    url: url.toString(),
    drop: async () => {
      try {
        // FORCE: a server killed mid-run may leave connections open for a moment.
        await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      } finally {
        removeDir();
      }
    },
  };
}
