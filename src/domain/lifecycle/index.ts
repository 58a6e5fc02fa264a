export * from './reason';
export * from './has-text';
export * from './guarded-machine';
export * from './ai-risk-lifecycle';
