import { COMMON_USAGE, parseBenchArgs, positiveInt, type BenchOptions } from '../shared/bench-options';

export interface StageOptions extends BenchOptions {
  /** Learners watching the panel session (the host comes on top). */
  clients: number;
  /** Measured transitions per side; a warm-up cycle comes before them. */
  transitions: number;
  /** PostgreSQL: ANALYZE our database once the class is in, as autovacuum would have by then. */
  analyze: boolean;
}

export const STAGE_USAGE = `npm run bench -- stage [options]
  --clients <count>           learners watching the panel session, spread over the server
                              processes (default 300; a panel room holds 300)
  --transitions <count>       measured stage transitions per side (default 100)
  --analyze                   PostgreSQL: ANALYZE our database once the class is in (planner
                              statistics, as autovacuum gathers them where it is on)
${COMMON_USAGE}`;

export function parseStageOptions(argv: string[]): StageOptions {
  const { common, values } = parseBenchArgs(argv, {
    clients: { type: 'string', default: '300' },
    transitions: { type: 'string', default: '100' },
    analyze: { type: 'boolean', default: false },
  });
  return {
    ...common,
    clients: positiveInt('clients', values.clients),
    transitions: positiveInt('transitions', values.transitions),
    analyze: values.analyze,
  };
}
