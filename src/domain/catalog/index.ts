export * from './annex-a';
export * from './annex-c';
export * from './clauses';
export * from './lookup';
export * from './unknown-catalog-id-error';
export * from './requirements';
