export * from './evidence-currency';
export * from './evidence-item';
