import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { startDevLms } from '@lti-rooms/dev-lms';
import { createTool, loadConfig } from '@lti-rooms/server-app';
import { countStatements } from '@lti-rooms/server-persistence';
import { createBenchDatabase, type DbKind } from '../shared/bench-database';
import { runOnEachDatabase } from '../shared/bench-run';
import { callApi } from '../shared/classroom';
import { launchUser, type LaunchedUser, type LaunchTarget } from '../shared/launch-flow';
import { progress, RunGuard } from '../shared/run-guard';
import type { BenchOutcome, SummaryRow } from '../shared/summary';
import { freePort } from '../shared/server-process';
import { percentile, round2 } from '../shared/stats';
import { startFloorServer } from './floor-server';
import { parseRoomsOptions, type RoomsOptions } from './options';
import { growCourseTo, type Course } from './rooms-seed';

const guard = new RunGuard();
const WARMUP_REQUESTS = 5;
const TARGET_P99_MS = 50;
const quiet = { info: () => undefined, warn: () => undefined, error: (...args: unknown[]) => console.error(...args) };
const NO_RATE_LIMITS = {
  RATE_LIMIT_LTI_PER_IP: '0', RATE_LIMIT_LTI_PER_ACCOUNT: '0', RATE_LIMIT_REGISTER_PER_IP: '0', RATE_LIMIT_API_PER_IP: '0',
  RATE_LIMIT_API_PER_ACCOUNT: '0', RATE_LIMIT_SOCKET_PER_IP: '0', RATE_LIMIT_SOCKET_PER_ACCOUNT: '0',
};

export interface Measurement {
  endpoint: 'channel' | 'my-rooms' | 'floor';
  viewer: 'instructor' | 'student' | 'none';
  rooms: number;
  listed: number;
  p50Ms: number;
  p99Ms: number;
  queriesPerRequest: number;
}

export interface DbFigures {
  db: DbKind;
  measurements: Measurement[];
}

async function measure(run: (count: boolean) => Promise<number>, requests: number, queries: () => number) {
  let listed = 0;
  for (let i = 0; i < WARMUP_REQUESTS; i++) {
    const counted = await run(i === 0);
    if (i === 0) listed = counted;
  }
  const samples: number[] = [];
  const before = queries();
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    await run(false);
    samples.push(performance.now() - started);
  }
  return { listed, p50Ms: round2(percentile(samples, 50)), p99Ms: round2(percentile(samples, 99)), queriesPerRequest: round2((queries() - before) / requests) };
}

async function benchOne(db: DbKind, options: RoomsOptions): Promise<DbFigures[]> {
  const database = await createBenchDatabase(db, options.postgresUrl);
  const closers: Array<() => Promise<void>> = [guard.hold(() => database.drop())];
  try {
    const port = await freePort();
    const lmsPort = await freePort();
    const config = loadConfig({
      DATA_DIR: database.dataDir, DATABASE_URL: database.url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent',
      LTI_AUTO_ACTIVATE: 'true', LTI_REGISTRATION_ALLOWED_HOSTS: `127.0.0.1:${lmsPort}`, WEB_DIST_DIR: 'dist/web', ...NO_RATE_LIMITS,
    });
    // No background sweeps or pruning: every query counted belongs to the request measured.
    const tool = await createTool(config, { sweepIntervalMs: null, pruneIntervalMs: null });
    closers.unshift(guard.hold(() => tool.close()));
    const { url } = await tool.listen(port, '127.0.0.1');
    const lms = await startDevLms({ port: lmsPort, toolUrl: url, logger: quiet });
    closers.unshift(guard.hold(() => lms.close()));
    await lms.register();
    const floor = await startFloorServer(tool.db);
    closers.unshift(guard.hold(() => floor.close()));
    const queries = countStatements(tool.db).count;

    const target: LaunchTarget = { kind: 'ours', url, lms };
    const instructor = await launchUser(target, 'instructor');
    const student = await launchUser(target, 'student01');
    const me = async (who: LaunchedUser) => (await callApi(target, who, 'GET', '/api/me', undefined, 200)) as { user: { id: string }; account: { id: string }; channel: { id: string } };
    const [teacher, learner] = [await me(instructor), await me(student)];
    const course: Course = { accountId: teacher.account.id, channelId: teacher.channel.id, instructorId: teacher.user.id, studentId: learner.user.id };

    // The client reads the whole body but parses it only to count: parsing 1,000 rooms in this
    // process would add the client's work to the server's latency.
    const list = (who: LaunchedUser, path: string) => async (count: boolean) => {
      const response = await who.browser.request(`${url}${path}`, { headers: { authorization: `Bearer ${who.ltik}`, accept: 'application/json' } });
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${response.body.slice(0, 300)}`);
      return count ? (JSON.parse(response.body) as { rooms: unknown[] }).rooms.length : -1;
    };
    const measurements: Measurement[] = [];
    let seeded = 0;
    for (const size of options.sizes) {
      progress(`${db}: a course of ${size} rooms`);
      await growCourseTo(tool.db, course, seeded, size);
      seeded = size;
      // The planner's statistics, as autovacuum's analyze gathers them within a minute of such a
      // change: without them PostgreSQL plans a thousand-row course as if its tables were empty.
      if (db === 'postgres') await tool.db.execute('ANALYZE');
      const cases: Array<[Measurement['endpoint'], Measurement['viewer'], (count: boolean) => Promise<number>]> = [
        ['channel', 'instructor', list(instructor, `/api/channels/${course.channelId}/rooms`)],
        ['channel', 'student', list(student, `/api/channels/${course.channelId}/rooms`)],
        ['my-rooms', 'instructor', list(instructor, '/api/my-rooms')],
        ['my-rooms', 'student', list(student, '/api/my-rooms')],
        ['floor', 'none', (count) => floor.list(course, count)],
      ];
      for (const [endpoint, viewer, run] of cases) {
        if (guard.interrupted) return [];
        const figures = await measure(run, options.requests, endpoint === 'floor' ? floor.queries : queries);
        measurements.push({ endpoint, viewer, rooms: size, ...figures });
      }
    }
    return [{ db, measurements }];
  } finally {
    for (const close of closers) await close().catch((error: unknown) => console.error('bench: cleanup failed:', error));
  }
}

function table(result: DbFigures): string {
  const header = `\n${result.db}: GET of the room lists (ours) and the floor (one SELECT of the course's rooms, as JSON, no authentication)\n` +
    `${'rooms'.padStart(6)}  ${'endpoint'.padEnd(10)} ${'viewer'.padEnd(10)} ${'listed'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'SQL/request'.padStart(11)}`;
  const rows = result.measurements.map((m) =>
    `${String(m.rooms).padStart(6)}  ${m.endpoint.padEnd(10)} ${m.viewer.padEnd(10)} ${String(m.listed).padStart(6)} ${m.p50Ms.toFixed(1).padStart(8)} ${m.p99Ms.toFixed(1).padStart(8)} ${String(m.queriesPerRequest).padStart(11)}`);
  return [header, ...rows].join('\n');
}

const ours = (results: DbFigures[]) => results.flatMap((r) => r.measurements.filter((m) => m.endpoint !== 'floor').map((m) => ({ db: r.db, ...m })));

/** The query count must not depend on the number of rooms: the same endpoint and viewer cost the same at every size. */
function queriesConstant(results: DbFigures[]): boolean {
  const byCase = new Map<string, Set<number>>();
  for (const m of ours(results)) {
    const key = `${m.db} ${m.endpoint} ${m.viewer}`;
    // Rounded: a timer of the server (the presence heartbeat) may add a query to one run's total.
    byCase.set(key, (byCase.get(key) ?? new Set()).add(Math.round(m.queriesPerRequest)));
  }
  return [...byCase.values()].every((counts) => counts.size === 1);
}

function summary(results: DbFigures[]): string {
  const worst = Math.max(...ours(results).map((m) => m.p99Ms));
  return `\nworst p99 of ours: ${worst.toFixed(1)} ms (target ≤ ${TARGET_P99_MS} ms); SQL queries per request independent of the room count: ${queriesConstant(results) ? 'yes' : 'NO'}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
}

function json(results: DbFigures[]): string {
  const perDb = Object.fromEntries(results.map((r) => [r.db, Object.fromEntries(r.measurements.map((m) => [
    `${m.endpoint}_${m.viewer}_${m.rooms}_rooms`, { listed: m.listed, p50_ms: m.p50Ms, p99_ms: m.p99Ms, queries_per_request: m.queriesPerRequest },
  ]))]));
  const worst = Math.max(...ours(results).map((m) => m.p99Ms));
  return JSON.stringify({
    bench: 'rooms', loadavg: loadavg().map(round2), target_p99_ms: TARGET_P99_MS, worst_p99_ms: worst,
    queries_independent_of_rooms: queriesConstant(results), pass: worst <= TARGET_P99_MS && queriesConstant(results), results: perDb,
  });
}

/** The room lists' key figure for `all`: the worst p99 of ours at the largest size, beside the floor's. */
function rows(results: DbFigures[]): SummaryRow[] {
  return results.flatMap((r): SummaryRow[] => {
    const largest = Math.max(...r.measurements.map((m) => m.rooms));
    const atLargest = r.measurements.filter((m) => m.rooms === largest);
    const worst = Math.max(...atLargest.filter((m) => m.endpoint !== 'floor').map((m) => m.p99Ms));
    const floor = atLargest.find((m) => m.endpoint === 'floor')?.p99Ms ?? null;
    return [{ benchmark: 'rooms', db: r.db, figure: `worst list p99 at ${largest} rooms (ms)`, ours: worst, baseline: floor, target: `≤ ${TARGET_P99_MS} ms`, pass: worst <= TARGET_P99_MS }];
  });
}

export async function runRoomsBench(argv: string[]): Promise<BenchOutcome> {
  const options = parseRoomsOptions(argv);
  return runOnEachDatabase({
    guard, options,
    benchOne: (db) => benchOne(db, options),
    table, summary, json,
    exitCode: (results) => (JSON.parse(json(results)).pass ? 0 : 1),
    rows,
  });
}
