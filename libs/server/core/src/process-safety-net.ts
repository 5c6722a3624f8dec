import type { Logger } from './logger';

/**
 * Node stops the process on an unhandled promise rejection. For a server that is one
 * request from any web page away from stopping for everyone (issue 10, finding 1), so a
 * rejection nobody handled is logged as the bug it is and the process keeps serving.
 * Synchronous uncaught exceptions still stop it: after one, its state cannot be trusted.
 */
export function keepServingOnUnhandledRejection(logger: Logger): () => void {
  const onRejection = (reason: unknown) => logger.error({ err: reason }, 'unhandled promise rejection (the process keeps serving)');
  process.on('unhandledRejection', onRejection);
  return () => process.off('unhandledRejection', onRejection);
}
