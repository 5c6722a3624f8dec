import type { Database } from '@lti-rooms/server-persistence';

/**
 * Counts the SQL statements a tool sends from now on. Every statement goes through
 * sequelize.query (the repositories', ltijs-sequelize's, migrations'), so counting there counts
 * them all; the Socket.IO PostgreSQL adapter's own pool is not Sequelize's and is not counted.
 */
export function countQueries(db: Database): () => number {
  const sequelize = db.sequelize;
  const query = sequelize.query.bind(sequelize);
  let count = 0;
  sequelize.query = ((...args: Parameters<typeof query>) => {
    count += 1;
    return query(...args);
  }) as typeof sequelize.query;
  return () => count;
}
