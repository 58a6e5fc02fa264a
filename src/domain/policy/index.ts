export * from './policy-control-record';
export * from './policy-control-rules';
export * from './policy-status';
export * from './policy-review-dates';
export * from './policy-acknowledgement';
