export * from './stage-state';
export * from './stage-commands';
export * from './stage-transitions';
