export * from './session-role';
export * from './session-lifecycle';
export * from './presence';
export * from './capacity';
export * from './entry-decision';
export * from './session-sweep';
export * from './attendance';
export * from './attendance-csv';
