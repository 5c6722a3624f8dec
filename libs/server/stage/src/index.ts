export * from './stage-service';
