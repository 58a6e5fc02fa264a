export * from './soa-input';
export * from './soa-row';
export * from './soa-totals';
export * from './build-statement-of-applicability';
export * from './soa-content-hash';
export * from './diff-soa';
export * from './soa-risk-digest';
