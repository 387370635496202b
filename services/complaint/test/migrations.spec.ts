import { pendingMigrationStatements, testingOnMysql } from '@crm/platform/testing';
import { subgraph } from '../src';

(testingOnMysql() ? describe : describe.skip)('complaint MySQL migrations', () => {
  it('create exactly the schema the entities describe, the platform’s audit and approval tables included (no pending migration)', async () => {
    expect(subgraph.governance).toBeDefined();
    expect(await pendingMigrationStatements('complaint', subgraph)).toEqual([]);
  });
});
