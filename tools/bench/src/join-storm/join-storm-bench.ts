import { join } from 'node:path';
import type { DbKind } from '../shared/bench-database';
import { runOnEachDatabase } from '../shared/bench-run';
import { progress, RunGuard } from '../shared/run-guard';
import type { BenchOutcome } from '../shared/summary';
import { startBaselineProcesses } from '../shared/baseline-deployment';
import { OUR_TOOL_ENTRY, startTarget } from '../shared/target';
import { baselineSide } from './baseline-side';
import { BENCH_JITSI } from './bench-jitsi';
import { prepareClassroom } from '../shared/classroom';
import { sideFigures, type DbResult } from './figures';
import { parseJoinStormOptions, type JoinStormOptions } from './options';
import { ourSide } from './our-side';
import { formatDbResult, formatSummary, resultJson } from './report';
import { runStormRound, type RoundFigures } from './storm-round';
import { joinStormRows } from './summary-rows';
import type { StormSide } from './storm-side';

const BASELINE_ENTRY = join(__dirname, 'storm-baseline-server.ts');

/** Holds the servers and databases of the run; Ctrl-C closes them. */
const guard = new RunGuard();

/** One run per process count on PostgreSQL (--processes); SQLite cannot be shared, so one process. */
async function benchOneDatabase(db: DbKind, options: JoinStormOptions): Promise<DbResult[]> {
  const results: DbResult[] = [];
  for (const processes of db === 'postgres' ? options.processes : [1]) {
    if (guard.interrupted) return [];
    results.push(...(await benchOneDeployment(db, processes, options)));
  }
  return results;
}

/** Ours and the baseline on one kind of database, round after round, alternating which goes first; nothing when interrupted. */
async function benchOneDeployment(db: DbKind, processes: number, options: JoinStormOptions): Promise<DbResult[]> {
  const several = processes > 1 ? ` (${processes} processes each, sharing events through PostgreSQL)` : '';
  progress(`${db}: starting our tool (fresh database, its own dev LMS) and the bare Socket.IO baseline${several}`);
  const [oursStart, baselineStart] = await Promise.allSettled([
    startTarget('ours', OUR_TOOL_ENTRY, db, { ...options, processes }),
    startBaselineProcesses(BASELINE_ENTRY, db, processes, options),
  ]);
  const closers: Array<() => Promise<void>> = [];
  if (oursStart.status === 'fulfilled') closers.push(guard.hold(oursStart.value.close));
  if (baselineStart.status === 'fulfilled') closers.push(guard.hold(baselineStart.value.close));
  try {
    if (oursStart.status === 'rejected') throw oursStart.reason;
    if (baselineStart.status === 'rejected') throw baselineStart.reason;
    const target = oursStart.value;
    const baselineServers = baselineStart.value.servers;
    progress(`${db}: ours is pid ${target.servers.map((s) => `${s.pid} at ${s.url}`).join(' and ')}; the baseline pid ${baselineServers.map((s) => `${s.pid} at ${s.url}`).join(' and ')}`);

    progress(`${db}: the administrator sets Jitsi, the instructor creates a panel room, ${options.clients} learners launch`);
    const classroom = await prepareClassroom(target, options.clients, { roomName: 'Join storm', jitsi: BENCH_JITSI });
    const sides = [ourSide(target, classroom), baselineSide(baselineServers)];
    const rounds = new Map<StormSide, RoundFigures[]>(sides.map((side) => [side, []]));

    // A storm of the whole class per side first, not counted: the first one pays for JIT, cold
    // caches and tables growing to the class's size on every process (they keep that capacity),
    // which would otherwise show as memory per participant in round 1 only.
    for (const side of sides) {
      if (guard.interrupted) break;
      await runStormRound(side, options.clients);
      progress(`${db}: ${side.label}: a warm-up storm of ${options.clients} clients (not counted)`);
    }
    for (let round = 1; round <= options.rounds && !guard.interrupted; round++) {
      // Alternating who goes first, so a drift over time weighs on both alike.
      for (const side of round % 2 === 1 ? sides : [...sides].reverse()) {
        progress(`${db}: round ${round} of ${options.rounds}, ${side.label}: ${options.clients} clients join and wait, the host starts`);
        const figures = await runStormRound(side, options.clients);
        progress(`${db}: round ${round}, ${side.label}: all ${options.clients} admitted, JWTs verified; slowest after ${Math.max(...figures.latenciesMs).toFixed(0)} ms`);
        if (options.cpuProfileDir) progress(`${db}: round ${round}, ${side.label}: the storm in pid ${side.servers.map((s) => s.pid).join(' and ')}'s profile is ${figures.stormWindowUs.from}..${figures.stormWindowUs.to} (see README: profile-slice)`);
        rounds.get(side)!.push(figures);
      }
    }
    if (guard.interrupted) return [];
    const [ours, baseline] = sides.map((side) => sideFigures(side.kind, side.label, options.clients, rounds.get(side)!));
    return [{ db, processes, clients: options.clients, ours, baseline }];
  } finally {
    await Promise.all(closers.map((close) => guard.release(close)));
  }
}

/** `npm run bench -- join-storm`: a class waiting in one panel room, admitted at once. Returns the exit code. */
export async function runJoinStormBench(argv: string[]): Promise<BenchOutcome> {
  const options = parseJoinStormOptions(argv);
  return runOnEachDatabase({
    guard,
    options,
    benchOne: (db) => benchOneDatabase(db, options),
    table: (result) => formatDbResult(result, options.rounds),
    summary: formatSummary,
    json: (results) => resultJson(results, options),
    rows: joinStormRows,
  });
}
