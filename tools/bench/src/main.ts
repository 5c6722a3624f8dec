/**
 * Benchmarks of LTI Rooms: `npm run bench -- <name> [options]`.
 * Each benchmark prints human tables and, as its very last line, one line of JSON.
 */
import { ALL_USAGE, runAllBenchmarks } from './all/all-bench';
import { JOIN_STORM_USAGE } from './join-storm/options';
import { runJoinStormBench } from './join-storm/join-storm-bench';
import { LAUNCH_USAGE } from './launch/options';
import { runLaunchBench } from './launch/launch-bench';
import { ROOMS_USAGE } from './rooms/options';
import { SESSIONS_USAGE } from './sessions/options';
import { runSessionsBench } from './sessions/sessions-bench';
import type { BenchOutcome } from './shared/summary';
import { runRoomsBench } from './rooms/rooms-bench';
import { STAGE_USAGE } from './stage/options';
import { runStageBench } from './stage/stage-bench';

const BENCHMARKS: Record<string, { summary: string; usage: string; run: (argv: string[]) => Promise<BenchOutcome> }> = {
  launch: {
    summary: 'full LTI 1.3 launches of new users, LTI Rooms vs a minimal ltijs tool, on SQLite and PostgreSQL',
    usage: LAUNCH_USAGE,
    run: runLaunchBench,
  },
  'join-storm': {
    summary: '300 clients wait in one panel room and a host starts: time until each has its JWT, memory per participant; LTI Rooms vs bare Socket.IO',
    usage: JOIN_STORM_USAGE,
    run: runJoinStormBench,
  },
  rooms: {
    summary: 'the channel page and My Rooms with 200 and 1,000 rooms in a course, as instructor and student: p50/p99 and SQL queries per request, vs one bare SELECT',
    usage: ROOMS_USAGE,
    run: runRoomsBench,
  },
  stage: {
    summary: '300 people in one panel session over two server processes, 100 stage transitions: host action to the last client\'s receipt; LTI Rooms vs bare Socket.IO',
    usage: STAGE_USAGE,
    run: runStageBench,
  },
  sessions: {
    summary: '50 sessions of 40 people open at once (2,000 clients) over two server processes, at rest: sweep and heartbeat cost, SQL/s, event-loop lag, RSS per participant, the cost of one more room; LTI Rooms vs bare Socket.IO',
    usage: SESSIONS_USAGE,
    run: runSessionsBench,
  },
  all: {
    summary: 'every benchmark above with modest sizes (about 20 minutes), then one table of the key figures against their targets',
    usage: ALL_USAGE,
    run: (argv) => runAllBenchmarks(argv, BENCHMARKS),
  },
};

function listBenchmarks(): string {
  return ['Benchmarks:', ...Object.entries(BENCHMARKS).map(([name, b]) => `  ${name.padEnd(11)} ${b.summary}\n\n${b.usage.replace(/^/gm, '    ')}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const benchmark = name ? BENCHMARKS[name] : undefined;
  if (!benchmark) {
    console.error(name ? `Unknown benchmark "${name}".\n` : 'Name a benchmark.\n');
    console.error(listBenchmarks());
    return 2;
  }
  try {
    return (await benchmark.run(rest)).exitCode;
  } catch (error) {
    // A bad flag (parseArgs or our own checks) is a usage error, not a failed run.
    const code = (error as { code?: string }).code;
    if (code?.startsWith('ERR_PARSE_ARGS') || (error instanceof Error && error.message.startsWith('--'))) {
      console.error(`${error instanceof Error ? error.message : String(error)}\n\n${benchmark.usage}`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench failed:', error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
