export * from './client-address';
export * from './csp-sources';
export * from './frame-origin-service';
export * from './rate-limit-middleware';
export * from './rate-limit-store';
export * from './rate-limits';
export * from './security-headers';
