import { createDataSource } from '../database';

const config = {
  databaseUrl: 'postgres://u:p@127.0.0.1:5432/clientele',
  databaseSchema: 'billing',
  service: 'billing',
};

describe('createDataSource', () => {
  it('should open every connection with the configured statement timeout when one is given', () => {
    const dataSource = createDataSource({ ...config, statementTimeoutMs: 1234 }, { entities: [], migrations: [] });

    expect(dataSource.options).toMatchObject({ extra: { statement_timeout: 1234 } });
  });

  it('should set no statement timeout when none is given', () => {
    const dataSource = createDataSource(config, { entities: [], migrations: [] });

    expect(dataSource.options).toMatchObject({ extra: { max: 10 } });
    expect((dataSource.options as { extra?: object }).extra).not.toHaveProperty('statement_timeout');
  });
});
