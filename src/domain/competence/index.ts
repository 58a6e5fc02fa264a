export * from './competence-expiry';
