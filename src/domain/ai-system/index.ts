export * from './ai-system-lifecycle';
export * from './impact-assessment-lifecycle';
export * from './impact-assessment-review-due';
export * from './significant-change';
