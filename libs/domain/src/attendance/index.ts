export * from './session-report';
export * from './roster';
export * from './attendance-matrix';
export * from './grading';
export * from './grade-delivery';
export * from './stage-moves';
export * from './grade-service';
