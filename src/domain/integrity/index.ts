export * from './canonical-hash';
export * from './record-seal';
export * from './seal-wording';
