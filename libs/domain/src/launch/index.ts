export * from './launch-mechanism';
