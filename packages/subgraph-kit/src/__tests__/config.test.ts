import { ConfigError, DEVELOPMENT_SERVICE_KEY, loadSubgraphConfig } from '../config';

const base = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/clientele' };

describe('loadSubgraphConfig', () => {
  it('should use the shared database and the default port when nothing else is set', () => {
    const config = loadSubgraphConfig('billing', { port: 4002 }, base);

    expect(config).toMatchObject({
      port: 4002,
      databaseUrl: base.DATABASE_URL,
      databaseSchema: 'billing',
      seedDemo: false,
    });
  });

  it('should prefer the per-subgraph database when one is set', () => {
    const config = loadSubgraphConfig(
      'billing',
      { port: 4002 },
      { ...base, BILLING_DATABASE_URL: 'postgres://b@db2/billing' },
    );

    expect(config.databaseUrl).toBe('postgres://b@db2/billing');
  });

  it('should explain how to get a database when none is configured', () => {
    expect(() => loadSubgraphConfig('accounts', { port: 4001 }, { DATABASE_URL: '' })).toThrow(
      /No database configured for accounts: set DATABASE_URL \(or ACCOUNTS_DATABASE_URL\)/,
    );
  });

  it('should name the variable at fault when a value is invalid', () => {
    expect(() => loadSubgraphConfig('accounts', { port: 4001 }, { ...base, PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadSubgraphConfig('accounts', { port: 4001 }, { ...base, PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('should keep files in the checkout’s data folder when no file store is configured', () => {
    const config = loadSubgraphConfig('billing', { port: 4002 }, base);

    expect(config.fileStore.kind).toBe('local');
    expect(config.fileStore.kind === 'local' && config.fileStore.directory).toMatch(/[/\\]\.data[/\\]files$/);
    expect(loadSubgraphConfig('billing', { port: 4002 }, { ...base, FILE_STORE_DIR: '/srv/files' }).fileStore).toEqual({
      kind: 'local',
      directory: '/srv/files',
    });
  });

  it('should keep files in an S3-compatible bucket when FILE_STORE_S3_BUCKET is set', () => {
    const config = loadSubgraphConfig(
      'billing',
      { port: 4002 },
      {
        ...base,
        FILE_STORE_S3_BUCKET: 'invoices',
        FILE_STORE_S3_ENDPOINT: 'http://minio.internal:9000',
        FILE_STORE_S3_ACCESS_KEY_ID: 'id',
        FILE_STORE_S3_SECRET_ACCESS_KEY: 'secret',
        FILE_STORE_S3_FORCE_PATH_STYLE: 'true',
      },
    );

    expect(config.fileStore).toEqual({
      kind: 's3',
      bucket: 'invoices',
      region: 'us-east-1',
      endpoint: 'http://minio.internal:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
    });
  });

  it('should refuse half an S3 key pair', () => {
    expect(() =>
      loadSubgraphConfig(
        'billing',
        { port: 4002 },
        { ...base, FILE_STORE_S3_BUCKET: 'b', FILE_STORE_S3_ACCESS_KEY_ID: 'id' },
      ),
    ).toThrow(/FILE_STORE_S3_ACCESS_KEY_ID and FILE_STORE_S3_SECRET_ACCESS_KEY/);
  });

  it('should give every statement five seconds when STATEMENT_TIMEOUT_MS is not set', () => {
    expect(loadSubgraphConfig('billing', { port: 4002 }, base).statementTimeoutMs).toBe(5000);
  });

  it('should read the statement timeout from STATEMENT_TIMEOUT_MS when it is set', () => {
    const config = loadSubgraphConfig('billing', { port: 4002 }, { ...base, STATEMENT_TIMEOUT_MS: '1500' });

    expect(config.statementTimeoutMs).toBe(1500);
  });

  it('should refuse a statement timeout that is not a positive number of milliseconds', () => {
    expect(() => loadSubgraphConfig('billing', { port: 4002 }, { ...base, STATEMENT_TIMEOUT_MS: '0' })).toThrow(
      /STATEMENT_TIMEOUT_MS/,
    );
  });

  it('should refuse to start in production without a service key of its own', () => {
    const production = { ...base, NODE_ENV: 'production' };

    expect(() => loadSubgraphConfig('billing', { port: 4002 }, production)).toThrow(/SERVICE_KEY/);
    expect(() =>
      loadSubgraphConfig('billing', { port: 4002 }, { ...production, SERVICE_KEY: DEVELOPMENT_SERVICE_KEY }),
    ).toThrow(/SERVICE_KEY/);
  });

  it('should find the other subgraphs at their configured addresses', () => {
    const config = loadSubgraphConfig('accounts', { port: 4001 }, { ...base, BILLING_URL: 'http://10.0.0.2:9002/' });

    expect(config.services).toEqual({
      accounts: 'http://127.0.0.1:4001',
      billing: 'http://10.0.0.2:9002',
      messaging: 'http://127.0.0.1:4003',
    });
  });
});
