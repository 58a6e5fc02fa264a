export * from './issue-types';
export * from './fields';
export * from './link-types';
export * from './workflows';
