export * from './canonical-hash';
