export * from './locale-choice';
export * from './attendance-csv-headers';
export * from './grade-comment';
export * from './attendance-sheet-words';
