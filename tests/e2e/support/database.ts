import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A fresh PostgreSQL database for one e2e run, created through the admin URL in TEST_DATABASE_URL. */
export async function createE2eDatabase(adminUrl: string): Promise<{ name: string; url: string }> {
  const name = `lti_rooms_e2e_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

export async function dropE2eDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^lti_rooms_e2e_[0-9a-f]+$/.test(name)) throw new Error(`refusing to drop database ${name}`);
  await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

async function withAdmin(adminUrl: string, work: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
