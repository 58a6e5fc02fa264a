export * from './aims-roles';
export * from './macro-writes';
export * from './page-writes';
