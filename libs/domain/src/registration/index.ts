export * from './registration-rules';
