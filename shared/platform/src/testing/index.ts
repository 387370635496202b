/**
 * @crm/platform/testing: helpers for the test suites (a subgraph on a fresh database, signed calls, MariaDB test
 * databases, the migration check). Production code cannot import them (lint), and they are not in @crm/platform.
 */
export * from './subgraph-client';
export * from './test-database';
export * from './test-subgraph';
export * from './migration-check';
export * from './event-probe';
