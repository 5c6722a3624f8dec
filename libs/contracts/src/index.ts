export * from './me';
export * from './errors';
export * from './acks';
export * from './rooms';
export * from './admin';
export * from './meetings';
export * from './stage';
export * from './operator';
