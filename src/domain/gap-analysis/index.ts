export * from './compare-assessments';
export * from './gap-assessment';
export * from './gap-rules';
export * from './readiness';
