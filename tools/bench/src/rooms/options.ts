import { COMMON_USAGE, parseBenchArgs, positiveInt, type BenchOptions } from '../shared/bench-options';

export interface RoomsOptions extends BenchOptions {
  /** Channel sizes measured, smallest first: the rooms published in the one course. */
  sizes: number[];
  /** Measured requests per endpoint, viewer and size (after a warm-up). */
  requests: number;
}

export const ROOMS_USAGE = `npm run bench -- rooms [options]
  --sizes <n,n>               rooms in the course, measured in turn (default 200,1000)
  --requests <count>          measured requests per endpoint, viewer and size (default 200)
${COMMON_USAGE}`;

export function parseRoomsOptions(argv: string[]): RoomsOptions {
  const { common, values } = parseBenchArgs(argv, {
    sizes: { type: 'string', default: '200,1000' },
    requests: { type: 'string', default: '200' },
  });
  const sizes = String(values.sizes).split(',').map((size) => positiveInt('sizes', size.trim())).sort((a, b) => a - b);
  return { ...common, sizes, requests: positiveInt('requests', String(values.requests)) };
}
