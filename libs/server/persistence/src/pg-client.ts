import { Client } from 'pg';

/** One short-lived connection outside the pool, e.g. to create or drop a database. */
export async function withPostgresClient<T>(connectionString: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
