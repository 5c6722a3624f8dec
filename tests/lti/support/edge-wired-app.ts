import type { AddressInfo } from 'node:net';
import express from 'express';
import { createLogger, errorHandler, forwardAsyncErrors, inputGuard, keepServingOnUnhandledRejection, notFoundHandler, requestLogging } from '@lti-rooms/server-app';

/**
 * A bare Express app wired as the tool's app and process are (create-tool.ts, main.ts),
 * with two routes that misbehave on purpose: one whose async handler rejects, one that
 * leaves a rejected promise nobody handles. Started as its own process by
 * process-survival.test.ts, which checks that neither stops it. Prints its URL.
 */
const logger = createLogger('info');
keepServingOnUnhandledRejection(logger);
forwardAsyncErrors();

const app = express();
app.use(requestLogging(logger));
app.use(inputGuard);
app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});
// eslint-disable-next-line @typescript-eslint/no-misused-promises -- the rejection Express 4 drops is what this app exists to show
app.get('/reject', async () => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  throw new Error('a handler failed after an await');
});
app.get('/orphan', (_req, res) => {
  void Promise.reject(new Error('a rejection nobody handles'));
  res.status(202).json({ started: true });
});
app.use(notFoundHandler());
app.use(errorHandler(logger));

const server = app.listen(0, '127.0.0.1', () => {
  console.log(`EDGE_APP_URL=http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
