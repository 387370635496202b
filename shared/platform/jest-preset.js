/**
 * The jest preset every workspace runs its specs with (`preset: '@crm/platform'`), and the root configuration too:
 * a department team runs `npm test -w services/credit` without the rest of the repository's test set-up.
 * Workspace packages resolve to their TypeScript sources, so specs need no prior build.
 */
const path = require('node:path');

const repository = path.join(__dirname, '..', '..');
const services = ['customer', 'credit', 'complaint', 'supplier', 'reception'];
const tsJest = ['ts-jest', { tsconfig: path.join(repository, 'tsconfig.jest.json') }];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['**/?(*.)+(spec|test).ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.ts$': tsJest,
    // jose 6 ships ES modules only; Node 20 loads them natively, jest needs them compiled to CommonJS.
    '^.+/node_modules/jose/.+\\.js$': tsJest,
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleNameMapper: {
    '^@crm/platform$': path.join(__dirname, 'src'),
    '^@crm/platform/testing$': path.join(__dirname, 'src', 'testing'),
    '^@crm/gateway$': path.join(repository, 'gateway', 'src'),
    ...Object.fromEntries(services.map((s) => [`^@crm/${s}$`, path.join(repository, 'services', s, 'src')])),
  },
  // Integration and end-to-end specs open databases and ports; two workers fit this 2-core machine.
  maxWorkers: 2,
  testTimeout: 60_000,
};
