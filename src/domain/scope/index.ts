export * from './scope-context';
export * from './scope-context-record';
export * from './scope-control';
export * from './scope-context-rules';
export * from './scope-context-changes';
export * from './scope-context-snapshot';
