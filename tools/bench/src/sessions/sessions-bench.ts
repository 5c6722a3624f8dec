import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DbKind } from '../shared/bench-database';
import { runOnEachDatabase } from '../shared/bench-run';
import { progress, RunGuard } from '../shared/run-guard';
import { startServerProcess, type ServerProcess } from '../shared/server-process';
import type { BenchOutcome } from '../shared/summary';
import { OUR_TOOL_ENTRY, startTarget } from '../shared/target';
import { measureAtRest, totalMemory } from './at-rest';
import { baselineSessions } from './baseline-sessions-side';
import { sideStep, type DbResult, type SideStep, type StepResult } from './figures';
import { parseSessionsOptions, type SessionsOptions } from './options';
import { prepareOurSessions } from './our-sessions-side';
import { formatDbResult, formatSummary, passed, resultJson, summaryRows } from './report';
import type { SessionsSide } from './sessions-side';

const BASELINE_ENTRY = join(__dirname, 'sessions-baseline-server.ts');
/** The bare servers do nothing at rest but Socket.IO's own pings: a shorter window says as much. */
const BASELINE_REST_S = 20;
/** After a step fills: our head counts go out 150 ms after a burst, the entries' writes settle. */
const SETTLE_MS = 2_000;

const guard = new RunGuard();

/** SQLite is one process by nature; PostgreSQL is shared by two, as behind a load balancer. */
const processesOn = (db: DbKind) => (db === 'postgres' ? 2 : 1);

/**
 * Opens rooms step by step (the steps add rooms, never remove them), measuring memory and a
 * window at rest after each. Stops at the first step whose set-up fails, saying why.
 */
async function runSteps(side: SessionsSide, options: SessionsOptions, restS: number, db: DbKind, upTo: number[]): Promise<{ steps: Array<{ rooms: number; figures: SideStep }>; saturation: string | null }> {
  const before = await totalMemory(side.servers);
  const steps: Array<{ rooms: number; figures: SideStep }> = [];
  let open = 0;
  for (const rooms of upTo) {
    if (guard.interrupted) break;
    progress(`${db}: ${side.label}: opening rooms ${open + 1}..${rooms} (${(rooms - open) * options.people} clients)`);
    try {
      await side.openRooms(open, rooms);
    } catch (error) {
      return { steps, saturation: `at ${rooms} rooms (${rooms * options.people} clients) the set-up failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    open = rooms;
    await sleep(SETTLE_MS);
    const after = await totalMemory(side.servers);
    progress(`${db}: ${side.label}: ${rooms} sessions, ${rooms * options.people} clients connected; ${restS} s at rest`);
    const rest = await measureAtRest(side.servers, restS);
    if (side.dropped.length) throw new Error(`${side.label}: ${side.dropped.length} connections dropped, e.g. ${side.dropped[0]}`);
    const figures = sideStep(rest, before, after, rooms * options.people);
    progress(`${db}: ${side.label}: lag p99 ${rest.eventLoopLagP99Ms.toFixed(1)} ms, RSS ${figures.rssKbPerParticipant.toFixed(1)} KB per client, sweep ${rest.sweepMsPerInterval.toFixed(2)} ms, ${rest.queriesPerSecondAtRest.toFixed(1)} SQL/s`);
    steps.push({ rooms, figures });
  }
  return { steps, saturation: null };
}

async function benchOneDatabase(db: DbKind, options: SessionsOptions): Promise<DbResult[]> {
  const processes = processesOn(db);
  const maxRooms = options.rooms[options.rooms.length - 1];
  progress(`${db}: starting our tool (${processes} process${processes > 1 ? 'es' : ''} on a fresh database, its own dev LMS)`);
  const target = await startTarget('ours', OUR_TOOL_ENTRY, db, { ...options, processes });
  let closeOurs: (() => Promise<void>) | null = guard.hold(target.close);
  const baselineServers: ServerProcess[] = [];
  const closeBaseline = guard.hold(async () => {
    await Promise.all(baselineServers.map((server) => server.stop()));
  });
  const sides: SessionsSide[] = [];
  try {
    progress(`${db}: ours is pid ${target.servers.map((s) => `${s.pid} at ${s.url}`).join(' and ')}; the instructor creates ${maxRooms} panel rooms, ${maxRooms * (options.people - 1)} learners launch`);
    const ours = await prepareOurSessions(target, maxRooms, options.people);
    sides.push(ours);
    const loadBefore = loadavg()[0];
    const ourRun = await runSteps(ours, options, options.durationS, db, options.rooms);
    const loadAfter = loadavg()[0];
    ours.disconnect();
    // Ours stops before the baseline starts: the two never share the cores.
    await guard.release(target.close);
    closeOurs = null;
    if (guard.interrupted) return [];

    const reached = ourRun.steps.map((s) => s.rooms);
    const baselineSteps = new Map<number, SideStep>();
    if (reached.length) {
      progress(`${db}: starting the bare Socket.IO baseline (${processes} process${processes > 1 ? 'es' : ''})`);
      for (let i = 0; i < processes; i++) baselineServers.push(await startServerProcess(BASELINE_ENTRY, { dbKind: db, dataDir: tmpdir() }, options.nodeFlags));
      const baseline = baselineSessions(baselineServers, options.people);
      sides.push(baseline);
      const baselineRun = await runSteps(baseline, options, Math.min(options.durationS, BASELINE_REST_S), db, reached);
      for (const step of baselineRun.steps) baselineSteps.set(step.rooms, step.figures);
      baseline.disconnect();
    }
    if (guard.interrupted) return [];
    const steps: StepResult[] = ourRun.steps.map((step) => ({ rooms: step.rooms, clients: step.rooms * options.people, ours: step.figures, baseline: baselineSteps.get(step.rooms) ?? null }));
    return [{ db, processes, people: options.people, steps, saturation: ourRun.saturation, loadAverage: { before: loadBefore, after: loadAfter }, cores: availableParallelism() }];
  } finally {
    for (const side of sides) side.disconnect();
    if (closeOurs) await guard.release(closeOurs);
    await guard.release(closeBaseline);
  }
}

/** `npm run bench -- sessions`: many sessions open at once, at rest. */
export async function runSessionsBench(argv: string[]): Promise<BenchOutcome> {
  const options = parseSessionsOptions(argv);
  return runOnEachDatabase({
    guard,
    options,
    benchOne: (db) => benchOneDatabase(db, options),
    table: formatDbResult,
    summary: formatSummary,
    json: (results) => resultJson(results, options),
    exitCode: (results) => (passed(results) ? 0 : 1),
    rows: summaryRows,
  });
}
