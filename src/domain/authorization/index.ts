export * from './aims-roles';
export * from './macro-writes';
