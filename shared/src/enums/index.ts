export * from './role';
export * from './user-status';
export * from './priority-group';
export * from './brand';
export * from './certificate-level';
