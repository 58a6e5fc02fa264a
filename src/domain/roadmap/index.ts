export * from './programme-steps';
export * from './roadmap-labels';
export * from './roadmap-plan';
