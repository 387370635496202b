/** One jest run over every package: unit and integration specs beside each package, end-to-end specs in tests/. */
const services = ['customer', 'credit', 'complaint', 'supplier', 'reception'];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/shared', '<rootDir>/services', '<rootDir>/gateway', '<rootDir>/tests'],
  testMatch: ['**/?(*.)+(spec|test).ts'],
  // The hostile-input and fault suites start their own processes and run for minutes: `npm run test:hostile` and
  // `npm run test:fault` (jest.suites.config.js), each once in CI.
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/tests/hostile/', '<rootDir>/tests/fault/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
    // jose 6 ships ES modules only; Node 20 loads them natively, jest needs them compiled to CommonJS.
    '^.+/node_modules/jose/.+\\.js$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleNameMapper: {
    '^@crm/platform$': '<rootDir>/shared/platform/src',
    '^@crm/platform/testing$': '<rootDir>/shared/platform/src/testing',
    '^@crm/gateway$': '<rootDir>/gateway/src',
    ...Object.fromEntries(services.map((s) => [`^@crm/${s}$`, `<rootDir>/services/${s}/src`])),
  },
  // Integration and end-to-end specs open databases and ports; two workers fit this 2-core machine.
  maxWorkers: 2,
  testTimeout: 60_000,
};
