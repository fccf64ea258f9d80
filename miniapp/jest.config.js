const { swcTransform } = require('../jest.base.js');

// Unit tests in jsdom with small mocks of Taro's API and components (the weapp render test has its own config).
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src', '<rootDir>/test/unit'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/test/mocks/taro.ts',
    '^@tarojs/components$': '<rootDir>/test/mocks/components.tsx',
    '\\.(scss|css)$': '<rootDir>/test/mocks/style.ts',
  },
  setupFiles: ['<rootDir>/test/mocks/globals.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/mocks/setup.ts'],
  clearMocks: true,
};
