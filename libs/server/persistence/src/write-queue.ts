/**
 * Runs SQLite writes one at a time within the process. Sequelize's SQLite driver opens a
 * connection per transaction without a busy timeout, so concurrent writers fail with
 * SQLITE_BUSY instead of waiting; queueing them here turns contention into a short wait.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
