export * from './review-period';
export * from './review-input-source';
export * from './tracked-item-trends';
export * from './build-management-review-inputs';
export * from './frozen-review-record';
export * from './review-items-listed';
export * from './review-context-changes';
export * from './held-record-for-viewer';
