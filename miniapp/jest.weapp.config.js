// Renders the real weapp build with miniprogram-simulate and WeChat's own template compiler (wcc).
// Needs `npm run build:weapp` first.
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/test/weapp'],
  testMatch: ['**/*.test.js'],
  transform: {},
  testTimeout: 30000,
};
