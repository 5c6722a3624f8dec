import { availableParallelism, loadavg } from 'node:os';
import type { DbKind } from '../shared/bench-database';
import { runOnEachDatabase } from '../shared/bench-run';
import { prepareClassroom } from '../shared/classroom';
import { progress, RunGuard } from '../shared/run-guard';
import type { BenchOutcome } from '../shared/summary';
import { percentile } from '../shared/stats';
import { OUR_TOOL_ENTRY, startTarget } from '../shared/target';
import { startBaselineDeployment, connectBaselineStage } from './baseline-stage-side';
import { sideFigures, type DbResult } from './figures';
import { parseStageOptions, type StageOptions } from './options';
import { connectOurStage } from './our-stage-side';
import { analyzeDatabase, autovacuumSetting } from './planner-statistics';
import { deliveryOk, formatDbResult, formatSummary, resultJson } from './report';
import { runBlock, type BlockFigures } from './stage-run';
import { stageRows } from './summary-rows';
import type { StageSide } from './stage-side';
import { CYCLE_LENGTH } from './transitions';

/** Holds the servers and databases of the run; Ctrl-C closes them. */
const guard = new RunGuard();

/** One cycle per side before the measured transitions: the first commands pay for JIT and cold caches. */
const WARMUP_TRANSITIONS = CYCLE_LENGTH;

/** SQLite is one process by nature; PostgreSQL is shared by two, as behind a load balancer. */
const processesOn = (db: DbKind) => (db === 'postgres' ? 2 : 1);

const p99Text = (block: BlockFigures) => `${percentile(block.samples.map((s) => s.lastMs), 99).toFixed(0)} ms`;

/** The slowest transitions of a block, with where to find them in a profile (the µs are the profile's clock). */
const slowestText = (block: BlockFigures, from: number) =>
  [...block.samples]
    .sort((a, b) => b.lastMs - a.lastMs)
    .slice(0, 3)
    .map((s) => `#${s.sequence - from + 1} ${s.command} (process ${s.actorProcess + 1}) ${s.lastMs.toFixed(0)} ms at ${s.atUs}`)
    .join(', ');

/** Ours and the baseline on one kind of database: warm-up, then halves in the order ours, baseline, baseline, ours; nothing when interrupted. */
async function benchOneDatabase(db: DbKind, options: StageOptions): Promise<DbResult[]> {
  const processes = processesOn(db);
  progress(`${db}: starting our tool (${processes} process${processes > 1 ? 'es' : ''} on a fresh database, its own dev LMS) and the bare Socket.IO baseline (${processes} process${processes > 1 ? 'es' : ''})`);
  const [oursStart, baselineStart] = await Promise.allSettled([
    startTarget('ours', OUR_TOOL_ENTRY, db, { ...options, processes }),
    startBaselineDeployment(db, processes, options),
  ]);
  const closers: Array<() => Promise<void>> = [];
  if (oursStart.status === 'fulfilled') closers.push(guard.hold(oursStart.value.close));
  if (baselineStart.status === 'fulfilled') closers.push(guard.hold(baselineStart.value.close));
  const sides: StageSide[] = [];
  try {
    if (oursStart.status === 'rejected') throw oursStart.reason;
    if (baselineStart.status === 'rejected') throw baselineStart.reason;
    const target = oursStart.value;
    const baselineDeployment = baselineStart.value;
    progress(`${db}: ours is pid ${target.servers.map((s) => `${s.pid} at ${s.url}`).join(' and ')}; the baseline pid ${baselineDeployment.servers.map((s) => `${s.pid} at ${s.url}`).join(' and ')}`);

    progress(`${db}: the instructor creates a panel room, ${options.clients} learners launch (all through ${target.url})`);
    const classroom = await prepareClassroom(target, options.clients, { roomName: 'Stage' });
    progress(`${db}: the host starts the session, ${options.clients} learners enter as viewers${processes > 1 ? ', alternating between the processes' : ''}`);
    const ours = await connectOurStage(target, classroom);
    sides.push(ours);
    let statistics: DbResult['statistics'] = null;
    if (target.databaseUrl) {
      statistics = { autovacuum: await autovacuumSetting(options.postgresUrl), analyzed: options.analyze };
      if (options.analyze) progress(`${db}: ANALYZE of our database took ${(await analyzeDatabase(target.databaseUrl)).toFixed(0)} ms (--analyze)`);
      else progress(`${db}: planner statistics as they are after the class arrived (autovacuum is ${statistics.autovacuum} on this server; --analyze gathers them)`);
    }
    const baseline = await connectBaselineStage(baselineDeployment, options.clients);
    sides.push(baseline);

    const next = new Map<StageSide, number>(sides.map((side) => [side, 0]));
    const blocks = new Map<StageSide, BlockFigures[]>(sides.map((side) => [side, []]));
    const run = async (side: StageSide, count: number, measured: boolean) => {
      if (count === 0 || guard.interrupted) return;
      const from = next.get(side)!;
      const block = await runBlock(side, options.clients, from, count, () => guard.interrupted);
      next.set(side, from + block.samples.length);
      if (!measured) return progress(`${db}: ${side.label}: ${count} warm-up transitions`);
      blocks.get(side)!.push(block);
      progress(`${db}: ${side.label}: transitions ${from - WARMUP_TRANSITIONS + 1}..${from - WARMUP_TRANSITIONS + block.samples.length}, p99 ${p99Text(block)}`);
      if (options.cpuProfileDir) {
        progress(`${db}: ${side.label}: this block in the profiles of pid ${side.servers.map((s) => s.pid).join(', ')} is ${block.windowUs.from}..${block.windowUs.to} (see README: profile-slice)`);
        progress(`${db}: ${side.label}: slowest: ${slowestText(block, WARMUP_TRANSITIONS)}`);
      }
    };
    for (const side of sides) await run(side, WARMUP_TRANSITIONS, false);
    // Halves in the order ours, baseline, baseline, ours: a drift over time weighs on both alike.
    const loadBefore = loadavg()[0];
    const firstHalf = Math.floor(options.transitions / 2);
    const secondHalf = options.transitions - firstHalf;
    await run(ours, firstHalf, true);
    await run(baseline, firstHalf, true);
    await run(baseline, secondHalf, true);
    await run(ours, secondHalf, true);
    if (guard.interrupted) return [];
    const loadAverage = { before: loadBefore, after: loadavg()[0] };
    return [{ db, clients: options.clients, statistics, loadAverage, cores: availableParallelism(), ours: sideFigures(ours, blocks.get(ours)!), baseline: sideFigures(baseline, blocks.get(baseline)!) }];
  } finally {
    for (const side of sides) side.disconnect();
    await Promise.all(closers.map((close) => guard.release(close)));
  }
}

/** `npm run bench -- stage`: stage transitions in a panel session of 300, fanned out to everyone. Returns the exit code. */
export async function runStageBench(argv: string[]): Promise<BenchOutcome> {
  const options = parseStageOptions(argv);
  return runOnEachDatabase({
    guard,
    options,
    benchOne: (db) => benchOneDatabase(db, options),
    table: formatDbResult,
    summary: formatSummary,
    json: (results) => resultJson(results, options, WARMUP_TRANSITIONS),
    // A lost, repeated or reordered event is a failure, not a figure.
    exitCode: (results) => (results.every((r) => deliveryOk(r.ours) && deliveryOk(r.baseline)) ? 0 : 1),
    rows: stageRows,
  });
}
