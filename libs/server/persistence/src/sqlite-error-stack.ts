// Sequelize's SQLite query class is not part of its typed API.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SqliteQuery = require('sequelize/lib/dialects/sqlite/query');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const _ = require('lodash');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { logger } = require('sequelize/lib/utils/logger');

const debug = logger.debugContext('sql:sqlite');

/**
 * Sequelize 6's SQLite query formats the stack of an Error made for every statement, even when
 * the statement succeeds and the stack is thrown away. With source maps on (tsx), formatting a
 * stack costs more than running a simple statement: a tenth of a launch's CPU. This is
 * Sequelize's own `run` (6.37) with one change: the stack is formatted only for a failed
 * statement, where it still becomes the error's stack exactly as before.
 *
 * Installed only over the version it was copied from: another `run` is left alone.
 */
export function formatSqliteErrorStacksOnlyOnFailure(): void {
  const proto = SqliteQuery.prototype;
  if (proto.run.lazyErrorStack || !String(proto.run).includes('errForStack.stack));')) return;
  proto.run = lazyStackRun;
}

function stringifyIfBigint(value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

interface SqliteConnection {
  serialize(work: () => unknown): void;
  all(sql: string, done: (error: Error | null, rows: unknown) => void): void;
  [method: string]: unknown;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- a copy of untyped Sequelize code, kept as close to it as possible */
async function lazyStackRun(this: any, sql: string, parameters: any): Promise<unknown> {
  const conn: SqliteConnection = this.connection;
  this.sql = sql;
  const method = this.getDatabaseMethod();
  const complete = this._logQuery(sql, debug, parameters);
  return new Promise((resolve, reject) => conn.serialize(async () => {
    const columnTypes: Record<string, Record<string, string>> = {};
    const errForStack = new Error();
    const executeSql = () => {
      if (sql.startsWith('-- ')) {
        return resolve(undefined);
      }
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      const query = this;
      function afterExecute(this: unknown, executionError: Error | null, results: unknown) {
        try {
          complete();
          // The one change: Sequelize reads errForStack.stack here whether or not the statement failed.
          resolve(query._handleQueryResponse(this, columnTypes, executionError, results, executionError ? errForStack.stack : undefined));
          return;
        } catch (error) {
          reject(error);
        }
      }
      if (!parameters) parameters = [];
      if (_.isPlainObject(parameters)) {
        const newParameters = Object.create(null);
        for (const key of Object.keys(parameters)) {
          newParameters[`${key}`] = stringifyIfBigint(parameters[key]);
        }
        parameters = newParameters;
      } else {
        parameters = parameters.map(stringifyIfBigint);
      }
      (conn[method] as (sql: string, parameters: unknown, done: typeof afterExecute) => void)(sql, parameters, afterExecute);
      return null;
    };
    if (this.getDatabaseMethod() === 'all') {
      let tableNames: string[] = [];
      if (this.options && this.options.tableNames) {
        tableNames = this.options.tableNames;
      } else if (/FROM `(.*?)`/i.exec(this.sql)) {
        tableNames.push(/FROM `(.*?)`/i.exec(this.sql)![1]);
      }
      tableNames = tableNames.filter((tableName) => !(tableName in columnTypes) && tableName !== 'sqlite_master');
      if (!tableNames.length) {
        return executeSql();
      }
      await Promise.all(tableNames.map((tableName) => new Promise<void>((resolve2) => {
        tableName = tableName.replace(/`/g, '');
        columnTypes[tableName] = {};
        conn.all(`PRAGMA table_info(\`${tableName}\`)`, (err, results) => {
          if (!err) {
            for (const result of results as Array<{ name: string; type: string }>) {
              columnTypes[tableName][result.name] = result.type;
            }
          }
          resolve2();
        });
      })));
    }
    return executeSql();
  }));
}
/* eslint-enable @typescript-eslint/no-explicit-any */
(lazyStackRun as unknown as { lazyErrorStack: boolean }).lazyErrorStack = true;
