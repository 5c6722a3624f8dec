export * from './attendance-router';
export * from './attendance-service';
export * from './course-services';
export * from './grade-worker';
export * from './grading-service';
export * from './room-attendance';
