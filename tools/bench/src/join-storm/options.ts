import { COMMON_USAGE, parseBenchArgs, positiveInt, type BenchOptions } from '../shared/bench-options';

export interface JoinStormOptions extends BenchOptions {
  clients: number;
  rounds: number;
  /** Server processes per PostgreSQL run, one run each (SQLite is always one process). */
  processes: number[];
}

export const JOIN_STORM_USAGE = `npm run bench -- join-storm [options]
  --clients <count>           clients waiting in the panel room (default 300; a panel room holds 300)
  --rounds <count>            storms per database, each in a fresh session (default 3)
  --processes <list>          PostgreSQL: server processes per run, e.g. 1,2 (default 1,2: one run
                              each; ours and the baseline alike; SQLite always runs one)
${COMMON_USAGE}`;

export function parseJoinStormOptions(argv: string[]): JoinStormOptions {
  const { common, values } = parseBenchArgs(
    argv,
    { clients: { type: 'string', default: '300' }, rounds: { type: 'string', default: '3' }, processes: { type: 'string', default: '1,2' } },
    // The memory figures need a garbage collection on request.
    ['--expose-gc'],
  );
  const processes = [...new Set(values.processes.split(',').map((text) => positiveInt('processes', text.trim())))];
  return { ...common, clients: positiveInt('clients', values.clients), rounds: positiveInt('rounds', values.rounds), processes };
}
