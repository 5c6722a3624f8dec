export * from './handshake-limits';
export * from './headcount-broadcaster';
export * from './launch-guard';
export * from './local-presence';
export * from './postgres-adapter';
export * from './realtime-server';
export * from './socket-acks';
export * from './socket-adapter';
