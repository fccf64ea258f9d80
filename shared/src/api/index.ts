export * from './auth';
export * from './health';
