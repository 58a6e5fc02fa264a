export * from './competence-expiry';
export * from './competence-gaps';
export * from './competence-requirements';
export * from './label-migration';
export * from './requirement-options';
export * from './record-standing';
