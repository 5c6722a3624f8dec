export * from './locale-choice';
export * from './attendance-csv-headers';
