export * from './collaboration-service';
export * from './deep-linking';
export * from './room-access';
export * from './room-input';
export * from './room-link';
export * from './room-presenter';
export * from './room-service';
export * from './rooms-router';
