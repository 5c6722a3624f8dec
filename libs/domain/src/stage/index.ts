export * from './stage-state';
export * from './stage-commands';
export * from './stage-transitions';
export * from './session-promotion';
export * from './stage-refusal';
