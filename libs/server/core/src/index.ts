export * from './config/config-schema';
export * from './config/load-config';
export * from './config/rate-limit-config';
export * from './logger';
export * from './process-safety-net';
