/** One jest run over every package: unit and integration specs beside each package, end-to-end specs in tests/. */
/** @type {import('jest').Config} */
module.exports = {
  ...require('./shared/platform/jest-preset'),
  roots: ['<rootDir>/shared', '<rootDir>/services', '<rootDir>/gateway', '<rootDir>/tests'],
};
