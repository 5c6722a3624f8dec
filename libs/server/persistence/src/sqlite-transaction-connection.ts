import type { Sequelize } from 'sequelize';

interface SqliteConnection {
  uuid?: string;
  close(done?: (error: Error | null) => void): void;
}

interface SqliteConnectionManager {
  connections: Record<string, SqliteConnection>;
  getConnection(options?: { uuid?: string }): Promise<SqliteConnection>;
  releaseConnection(connection: SqliteConnection, force?: boolean): unknown;
}

/**
 * Sequelize's SQLite driver opens a new database connection for every transaction and closes
 * it at the end: opening the file, reading the whole schema again and switching foreign keys
 * on cost more than a launch's own statements. The tool's transactions already run one at a
 * time in a process (the write queue), so one connection, kept open, serves them all.
 *
 * Only a connection whose transaction ended cleanly (COMMIT or ROLLBACK answered) comes back
 * here: Sequelize destroys one whose end failed instead of releasing it. A transaction that
 * finds the spare taken (one outside the write queue) gets a connection of its own, as before.
 * Returns what closes the spare connection.
 */
export function reuseSqliteTransactionConnection(sequelize: Sequelize): () => Promise<void> {
  const manager = (sequelize as unknown as { connectionManager: SqliteConnectionManager }).connectionManager;
  const getConnection = manager.getConnection.bind(manager);
  const releaseConnection = manager.releaseConnection.bind(manager);
  let spare: SqliteConnection | null = null;
  let closed = false;

  manager.getConnection = async (options) => {
    const uuid = options?.uuid;
    if (uuid && uuid !== 'default' && spare && !manager.connections[uuid]) {
      const connection = spare;
      spare = null;
      manager.connections[uuid] = connection;
      return connection;
    }
    return getConnection(options);
  };
  manager.releaseConnection = (connection, force) => {
    const uuid = connection.uuid;
    if (!closed && !force && uuid && uuid !== 'default' && spare === null && manager.connections[uuid] === connection) {
      delete manager.connections[uuid];
      spare = connection;
      return undefined;
    }
    return releaseConnection(connection, force);
  };
  return async () => {
    closed = true;
    const connection = spare;
    spare = null;
    if (connection) await new Promise<void>((resolve) => connection.close(() => resolve()));
  };
}
