export * from './breached-requirement';
export * from './incident-lifecycle';
