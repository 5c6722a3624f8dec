export * from './jitsi-domain';
export * from './jitsi-token';
