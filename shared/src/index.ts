export * from './enums';
export * from './errors';
export * from './validators';
export * from './api';
