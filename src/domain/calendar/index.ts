export * from './utc-dates';
