export * from './audit-coverage';
export * from './audit-coverage-refs';
export * from './audit-requirements';
