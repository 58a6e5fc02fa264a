export * from './nonconformity-facts';
export * from './nonconformity-states';
export * from './nonconformity-reason';
export * from './nonconformity-requirements';
export * from './nonconformity-workflow';
export * from './nonconformity-progress';
export * from './corrective-action-workflow';
export * from './nonconformity-facts-from-records';
