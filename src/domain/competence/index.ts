export * from './competence-expiry';
export * from './competence-gaps';
export * from './competence-requirements';
