export * from './quarters';
export * from './age-bands';
export * from './closure-time';
export * from './share';
export * from './risk-heat-map';
export * from './monitoring-register';
