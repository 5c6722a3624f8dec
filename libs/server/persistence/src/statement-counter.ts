import type { Sequelize } from 'sequelize';

export interface StatementCounter {
  /** Statements sent since the counter was made. */
  count(): number;
  /** Stops counting: the database's own query comes back. */
  stop(): void;
}

/**
 * Counts the SQL statements sent through a database from now on. Every statement goes through
 * sequelize.query (the repositories', ltijs-sequelize's, migrations'), so counting there counts
 * them all; a pool that is not Sequelize's (the Socket.IO PostgreSQL adapter's) is not counted.
 * For tests and benchmarks that hold a cost to a number of statements.
 */
export function countStatements(db: { sequelize: Sequelize }): StatementCounter {
  const { sequelize } = db;
  const query = sequelize.query;
  let statements = 0;
  sequelize.query = function counted(this: Sequelize, ...args: Parameters<Sequelize['query']>) {
    statements += 1;
    return query.apply(this, args);
  } as Sequelize['query'];
  return { count: () => statements, stop: () => void (sequelize.query = query) };
}
