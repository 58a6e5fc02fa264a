export * from './compare-assessments';
export * from './gap-assessment';
export * from './gap-rules';
export * from './readiness';
export * from './gap-page-record';
