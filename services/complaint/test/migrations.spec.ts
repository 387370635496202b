import { pendingMigrationStatements, testingOnMysql } from '@crm/platform';
import { subgraph } from '../src';

(testingOnMysql() ? describe : describe.skip)('complaint MySQL migrations', () => {
  it('create exactly the schema the entities describe (no pending migration)', async () => {
    expect(await pendingMigrationStatements('complaint', subgraph)).toEqual([]);
  });
});
