export * from './controlled-document';
export * from './control-record';
export * from './control-rules';
export * from './version-status';
export * from './document-review-dates';
