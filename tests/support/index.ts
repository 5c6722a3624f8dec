export * from './browser-client';
export * from './launch-flow';
export * from './test-database';
export * from './tool-fixture';
export * from './tcp-proxy';
export * from './api-client';
export * from './meeting-client';
export * from './test-clock';
