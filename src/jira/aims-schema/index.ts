export * from './issue-types';
export * from './field-options';
export * from './fields';
export * from './field-groups';
export * from './link-types';
export * from './workflows';
export * from './screens';
export * from './board-columns';
