export * from './meeting-effects';
export * from './meeting-presenter';
export * from './meeting-publisher';
export * from './meeting-service';
export * from './meeting-sweeper';
export * from './session-writes';
export * from './stage-writes';
export * from './shared-admission';
