import { pendingMigrationStatements, testingOnMysql } from '@crm/platform/testing';
import { subgraph } from '../src';

(testingOnMysql() ? describe : describe.skip)('reception MySQL migrations', () => {
  it('create exactly the schema the entities describe (no pending migration)', async () => {
    expect(await pendingMigrationStatements('reception', subgraph)).toEqual([]);
  });
});
