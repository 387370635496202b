/** The hostile-input and fault suites (tests/hostile, tests/fault): the gateway and subgraphs as processes, one spec at a time. */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/tests'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testMatch: ['<rootDir>/tests/hostile/**/*.spec.ts', '<rootDir>/tests/fault/**/*.spec.ts'],
  maxWorkers: 1,
  testTimeout: 600_000,
};
