export * from './auth';
export * from './health';
export * from './workers';
export * from './organisations';
export * from './audit';
export * from './catalogue';
export * from './enrolment';
export * from './attendance';
