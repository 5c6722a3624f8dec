import { parseArgs } from 'node:util';
import { type DbKind } from '../shared/bench-database';
import { COMMON_OPTIONS, COMMON_USAGE, databasesOf, positiveInt } from '../shared/bench-options';

export interface StageOptions {
  dbs: DbKind[];
  /** Learners watching the panel session (the host comes on top). */
  clients: number;
  /** Measured transitions per side; a warm-up cycle comes before them. */
  transitions: number;
  /** PostgreSQL: ANALYZE our database once the class is in, as autovacuum would have by then. */
  analyze: boolean;
  postgresUrl: string;
  /** Node flags for every server process, identical for ours and the baseline. */
  nodeFlags: string[];
  cpuProfileDir: string | null;
}

export const STAGE_USAGE = `npm run bench -- stage [options]
  --clients <count>           learners watching the panel session, spread over the server
                              processes (default 300; a panel room holds 300)
  --transitions <count>       measured stage transitions per side (default 100)
  --analyze                   PostgreSQL: ANALYZE our database once the class is in (planner
                              statistics, as autovacuum gathers them where it is on)
${COMMON_USAGE}`;

export function parseStageOptions(argv: string[]): StageOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      ...COMMON_OPTIONS,
      clients: { type: 'string', default: '300' },
      transitions: { type: 'string', default: '100' },
      analyze: { type: 'boolean', default: false },
    },
  });
  const cpuProfileDir = values['cpu-prof'] ?? null;
  return {
    dbs: databasesOf(values.db),
    clients: positiveInt('clients', values.clients),
    transitions: positiveInt('transitions', values.transitions),
    analyze: values.analyze,
    postgresUrl: values['postgres-url'],
    nodeFlags: cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [],
    cpuProfileDir,
  };
}
