import { createDataSource, isStatementTimeout } from '@clientele/subgraph-kit';
import { testStack } from '../support/env';

describe('the statement timeout of a subgraph’s data source', () => {
  it('should have PostgreSQL stop a statement that runs past it, with an error read as a timeout', async () => {
    const dataSource = createDataSource(
      {
        databaseUrl: testStack().databaseUrl,
        databaseSchema: 'accounts',
        service: 'accounts',
        statementTimeoutMs: 200,
      },
      { entities: [], migrations: [] },
    );
    await dataSource.initialize();
    try {
      // The server enforces it: the statement is cancelled long before its ten seconds are up.
      const error: unknown = await dataSource.query('SELECT pg_sleep(10)').then(
        () => null,
        (failure: unknown) => failure,
      );

      expect(isStatementTimeout(error)).toBe(true);
      expect(await dataSource.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '200ms' }]);
    } finally {
      await dataSource.destroy();
    }
  });
});
