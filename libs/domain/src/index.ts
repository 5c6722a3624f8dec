export * from './channel-role';
export * from './lti-roles';
export * from './role-mapping';
export * from './rooms';
export * from './errors';
export * from './meetings';
export * from './stage';
export * from './lti-vocabulary';
