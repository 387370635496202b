/** One jest run over every package: unit and integration specs beside each package, end-to-end specs in tests/. */
/** @type {import('jest').Config} */
module.exports = {
  ...require('./shared/platform/jest-preset'),
  roots: ['<rootDir>/shared', '<rootDir>/services', '<rootDir>/gateway', '<rootDir>/tests'],
  // The hostile-input and fault suites start their own processes and run for minutes: `npm run test:hostile` and
  // `npm run test:fault` (jest.suites.config.js), each once in CI.
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/tests/hostile/', '<rootDir>/tests/fault/'],
};
