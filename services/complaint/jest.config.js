/** This package's specs alone (`npm test -w services/complaint`), with the platform's preset. */
/** @type {import('jest').Config} */
module.exports = { preset: '@crm/platform' };
