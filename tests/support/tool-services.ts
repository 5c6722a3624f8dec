import { createLogger, createTool, loadConfig, Tool } from '@lti-rooms/server-app';
import { createTestDatabase, TestDatabase } from './test-database';

/** The tool's services on a database of their own, without an LMS or a listening server: for service tests. */
export interface ToolServices {
  tool: Tool;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function startToolServices(options: { clock?: () => Date } = {}): Promise<ToolServices> {
  const database = await createTestDatabase();
  const config = loadConfig({ DATA_DIR: database.dataDir, DATABASE_URL: database.databaseUrl, LOG_LEVEL: 'silent', WEB_DIST_DIR: 'dist/web' });
  // No background job: a service test drives the services itself, and counts what they send.
  const tool = await createTool(config, { logger: createLogger('silent'), clock: options.clock, sweepIntervalMs: null, pruneIntervalMs: null, gradeDeliveryIntervalMs: null });
  return {
    tool,
    database,
    close: async () => {
      await tool.close();
      await database.drop();
    },
  };
}
