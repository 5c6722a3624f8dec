import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** One registry per tool instance (tests run several in one process). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by route and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    launches: new Counter({
      name: 'lti_launches_total',
      help: 'LTI launches by outcome (ok or the refusal code) and by how the launch was tied to its browser (mechanism; none: refused before that)',
      labelNames: ['outcome', 'mechanism'],
      registers: [registry],
    }),
    realtimeConnections: new Gauge({
      name: 'lti_rooms_realtime_connections',
      help: 'Socket.IO connections open on this process',
      registers: [registry],
    }),
    meetingEntries: new Counter({
      name: 'lti_rooms_meeting_entries_total',
      help: 'Start Meeting / Join answers by outcome (countdown, waiting, admitted, full, ended)',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    jobDuration: new Histogram({
      name: 'lti_rooms_job_duration_seconds',
      help: 'Runs of the repeating jobs (presence heartbeat, meeting sweep, …) by job: what they cost each process',
      labelNames: ['job'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers: [registry],
    }),
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
