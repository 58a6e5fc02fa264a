export * from './readiness-verdict';
export * from './document-readiness';
export * from './operation-readiness';
export * from './evaluation-readiness';
export * from './certification-stages';
