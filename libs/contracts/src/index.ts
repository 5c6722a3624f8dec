export * from './me';
export * from './errors';
export * from './rooms';
export * from './admin';
export * from './meetings';
export * from './stage';
