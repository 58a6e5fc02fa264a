export * from './day-values';
export * from './utc-dates';
