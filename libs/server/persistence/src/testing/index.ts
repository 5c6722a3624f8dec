// Test-only entry point (`@lti-rooms/server-persistence/testing`): never imported by production code.
export * from './factories';
