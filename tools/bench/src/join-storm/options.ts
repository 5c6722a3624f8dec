import { parseArgs } from 'node:util';
import { type DbKind } from '../shared/bench-database';
import { COMMON_OPTIONS, COMMON_USAGE, databasesOf, positiveInt } from '../shared/bench-options';

export interface JoinStormOptions {
  dbs: DbKind[];
  clients: number;
  rounds: number;
  postgresUrl: string;
  /** Node flags for both server processes, identical for ours and the baseline. */
  nodeFlags: string[];
  /** Where --cpu-prof writes the servers' profiles; null when not profiling. */
  cpuProfileDir: string | null;
}

export const JOIN_STORM_USAGE = `npm run bench -- join-storm [options]
  --clients <count>           clients waiting in the panel room (default 300; a panel room holds 300)
  --rounds <count>            storms per database, each in a fresh session (default 3)
${COMMON_USAGE}`;

export function parseJoinStormOptions(argv: string[]): JoinStormOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      ...COMMON_OPTIONS,
      clients: { type: 'string', default: '300' },
      rounds: { type: 'string', default: '3' },
    },
  });
  const cpuProfileDir = values['cpu-prof'] ?? null;
  return {
    dbs: databasesOf(values.db),
    clients: positiveInt('clients', values.clients),
    rounds: positiveInt('rounds', values.rounds),
    postgresUrl: values['postgres-url'],
    // The memory figures need a garbage collection on request.
    nodeFlags: ['--expose-gc', ...(cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [])],
    cpuProfileDir,
  };
}
