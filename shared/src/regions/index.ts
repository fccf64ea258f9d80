export * from './regions';
export * from './seed-regions';
