export * from './database';
export * from './migrate';
export * from './rows';
export * from './repositories/account-repository';
export * from './repositories/login-state-repository';
export * from './repositories/launch-repository';
