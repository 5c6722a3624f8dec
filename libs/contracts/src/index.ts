export * from './me';
export * from './errors';
