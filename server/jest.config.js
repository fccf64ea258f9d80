const { swcTransform } = require('../jest.base.js');

// NestJS 12 and a few packages it pulls are ESM-only: let SWC turn them into CommonJS for Jest.
const ESM_PACKAGES = [
  '@nestjs',
  'uid',
  'file-type',
  'strtok3',
  'token-types',
  'peek-readable',
  '@borewit',
  'load-esm',
  'content-disposition',
];

module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: { '^.+\\.(t|j)sx?$': swcTransform, '^.+\\.mjs$': swcTransform },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
};
