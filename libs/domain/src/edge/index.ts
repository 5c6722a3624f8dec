export * from './login-parameters';
export * from './frame-origin';
export * from './jitsi-domain';
