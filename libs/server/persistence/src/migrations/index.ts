import * as foundation from './0001-foundation';

/** Every migration, in order. A new one is appended here; applied ones never change. */
export const MIGRATIONS = [{ name: '0001-foundation', ...foundation }];
