import { ConfigError, createLogger, createTool, keepServingOnUnhandledRejection, loadConfig } from '@lti-rooms/server-app';

/** Fail loudly at start: a bad variable or an unreachable database stops the process with a clear message. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  keepServingOnUnhandledRejection(logger);
  const tool = await createTool(config, { logger }).catch((error: Error) => {
    logger.fatal({ err: error }, `Could not start: ${error.message}`);
    process.exit(1);
  });
  const { url } = await tool.listen();
  logger.info({ url, publicUrl: config.PUBLIC_URL, database: tool.db.dialect }, `LTI Rooms listening on ${url}`);

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await tool.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

void main();
