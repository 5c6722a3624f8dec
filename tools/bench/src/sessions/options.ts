import { COMMON_USAGE, parseBenchArgs, positiveInt, type BenchOptions } from '../shared/bench-options';

export interface SessionsOptions extends BenchOptions {
  /** Open sessions measured in turn, fewest first: rooms are added, never taken away. */
  rooms: number[];
  /** People per room: one host and people − 1 learners. */
  people: number;
  /** Seconds measured at rest per step (ours); the baseline rests for at most BASELINE_REST_S. */
  durationS: number;
}

export const SESSIONS_USAGE = `npm run bench -- sessions [options]
  --rooms <n,n,…>             open sessions measured in turn (default 10,25,50)
  --people <count>            people per session: one host and the rest learners (default 40)
  --duration <seconds>        time at rest measured per step (default 45)
${COMMON_USAGE}`;

export function parseSessionsOptions(argv: string[]): SessionsOptions {
  const { common, values } = parseBenchArgs(
    argv,
    { rooms: { type: 'string', default: '10,25,50' }, people: { type: 'string', default: '40' }, duration: { type: 'string', default: '45' } },
    // RSS per participant is taken after a garbage collection on request.
    ['--expose-gc'],
  );
  const rooms = [...new Set(String(values.rooms).split(',').map((n) => positiveInt('rooms', n.trim())))].sort((a, b) => a - b);
  const people = positiveInt('people', String(values.people));
  if (people < 2) throw new Error('--people must be at least 2 (a host and a learner)');
  if (people > 300) throw new Error('--people above 300 exceeds what a panel room holds');
  return { ...common, rooms, people, durationS: positiveInt('duration', String(values.duration)) };
}
