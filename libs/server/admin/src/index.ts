export * from './admin-router';
export * from './platform-admin-service';
export * from './secret-box';
export * from './settings-admin-service';
export * from './operator-router';
export * from './operator-service';
