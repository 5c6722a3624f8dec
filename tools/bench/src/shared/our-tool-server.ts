/**
 * Child-process entry: LTI Rooms itself, as `npm start` would run it, on the database the
 * bench made for it. LTI_AUTO_ACTIVATE so that the dev LMS's Dynamic Registration yields an
 * active platform without an administrator (the bench cannot reach into this process).
 */
import { resolve } from 'node:path';
import { createTool, loadConfig } from '@lti-rooms/server-app';
import { countStatements } from '@lti-rooms/server-persistence';
import type { ServerCounters } from './child-protocol';
import { serveFromChild } from './server-child';

const REPO_ROOT = resolve(__dirname, '../../../..');

/** Every rate limit off (0): README "Rate limits". */
const BENCH_WITHOUT_RATE_LIMITS = {
  RATE_LIMIT_LTI_PER_IP: '0', RATE_LIMIT_LTI_PER_ACCOUNT: '0', RATE_LIMIT_REGISTER_PER_IP: '0', RATE_LIMIT_API_PER_IP: '0',
  RATE_LIMIT_API_PER_ACCOUNT: '0', RATE_LIMIT_SOCKET_PER_IP: '0', RATE_LIMIT_SOCKET_PER_ACCOUNT: '0',
};

serveFromChild(async (env) => {
  const config = loadConfig({
    DATA_DIR: env.dataDir,
    DATABASE_URL: env.databaseUrl,
    PORT: String(env.port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    LTI_AUTO_ACTIVATE: 'true',
    // Unset for a lone process: it keeps a key in its data dir.
    LTI_KEY: env.ltiKey,
    PUBLIC_URL: env.publicUrl,
    LTI_REGISTRATION_ALLOWED_HOSTS: env.allowedHosts,
    WEB_DIST_DIR: resolve(REPO_ROOT, 'dist/web'),
    // A bench is one machine hammering on purpose: the rate limits would measure themselves.
    ...BENCH_WITHOUT_RATE_LIMITS,
  });
  const tool = await createTool(config);
  const queries = countStatements(tool.db).count;
  const { url } = await tool.listen(env.port, '127.0.0.1');
  // The jobs' durations come from the tool's own metrics (lti_rooms_job_duration_seconds).
  const counters = async (): Promise<ServerCounters> => {
    const jobs: ServerCounters['jobs'] = {};
    for (const value of (await tool.metrics.jobDuration.get()).values) {
      const job = String(value.labels.job);
      const entry = (jobs[job] ??= { runs: 0, totalMs: 0 });
      if (value.metricName?.endsWith('_count')) entry.runs = value.value;
      else if (value.metricName?.endsWith('_sum')) entry.totalMs = value.value * 1000;
    }
    return { queries: queries(), jobs };
  };
  return { url, close: () => tool.close(), counters };
});
