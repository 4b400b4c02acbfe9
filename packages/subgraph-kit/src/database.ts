import {
  DataSource,
  type EntityManager,
  type EntitySchema,
  MigrationExecutor,
  type Logger as OrmLogger,
  type MixedList,
} from 'typeorm';
import { currentTrace } from './http/tracing';
import type { Logger } from './http/logger';
import type { SubgraphConfig } from './config';

type EntityList = MixedList<string | EntitySchema | (new () => unknown)>;
type MigrationList = MixedList<string | (new () => unknown)>;

/** The settings a data source is made from; without a statement timeout, statements may run for as long as they take. */
export type DataSourceConfig = Pick<SubgraphConfig, 'databaseUrl' | 'databaseSchema' | 'service'> &
  Partial<Pick<SubgraphConfig, 'statementTimeoutMs'>>;

/**
 * One data source per subgraph, confined to the subgraph's own schema. Migrations build
 * the tables; `synchronize` stays off so the database never changes behind a review.
 *
 * Every connection is opened with the server-side `statement_timeout`, so PostgreSQL itself
 * stops any statement that runs longer, whoever sent the request and however it arrived. The
 * serving subgraph always has one (`STATEMENT_TIMEOUT_MS`); bulk work outside a request (the
 * benchmark's seed) leaves it out.
 */
export function createDataSource(
  config: DataSourceConfig,
  options: { entities: EntityList; migrations: MigrationList; poolSize?: number; logSqlTo?: Logger },
): DataSource {
  return new DataSource({
    type: 'postgres',
    url: config.databaseUrl,
    schema: config.databaseSchema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: Boolean(options.logSqlTo),
    logger: options.logSqlTo ? sqlStatementLogger(options.logSqlTo) : undefined,
    applicationName: `clientele-${config.service}`,
    extra: {
      max: options.poolSize ?? 10,
      ...(config.statementTimeoutMs ? { statement_timeout: config.statementTimeoutMs } : {}),
    },
  });
}

/**
 * Connects and brings the subgraph's schema up to date. Replicas starting together take turns
 * under an advisory lock, so each migration runs once; the schema is created first so the
 * migrations table has a home. Waiting for the lock and migrating (an index over millions of
 * rows) may take longer than a request's statement timeout, so that one connection has none.
 */
export async function initializeDatabase(dataSource: DataSource, schema: string): Promise<void> {
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SET statement_timeout = 0');
    await lock.query(`SELECT pg_advisory_lock(hashtext($1))`, [`clientele:migrate:${schema}`]);
    await lock.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const migrations = new MigrationExecutor(dataSource, lock);
    migrations.transaction = 'each';
    await migrations.executePendingMigrations();
  } finally {
    await lock.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`clientele:migrate:${schema}`]);
    // Back to the connection's own timeout before it returns to the pool.
    await lock.query('RESET statement_timeout');
    await lock.release();
  }
}

export type Transaction = EntityManager;

/**
 * Logs each statement under the request that ran it, so a test can count the statements one
 * GraphQL request costs (`LOG_SQL=true`); work outside a request logs on the service's logger.
 */
function sqlStatementLogger(fallback: Logger): OrmLogger {
  const log = (sql: string) =>
    (currentTrace()?.log ?? fallback).info({ event: 'sql.statement', sql: sql.slice(0, 500) }, 'sql statement');
  return {
    logQuery: log,
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
}
