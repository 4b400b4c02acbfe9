import { DataSource, type EntityManager, type EntitySchema, type Logger as OrmLogger, type MixedList } from 'typeorm';
import { currentTrace } from './http/tracing';
import type { Logger } from './http/logger';
import type { SubgraphConfig } from './config';

type EntityList = MixedList<string | EntitySchema | (new () => unknown)>;
type MigrationList = MixedList<string | (new () => unknown)>;

/**
 * One data source per subgraph, confined to the subgraph's own schema. Migrations build
 * the tables; `synchronize` stays off so the database never changes behind a review.
 */
export function createDataSource(
  config: Pick<SubgraphConfig, 'databaseUrl' | 'databaseSchema' | 'service'>,
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
    extra: { max: options.poolSize ?? 10 },
  });
}

/**
 * Connects and brings the subgraph's schema up to date. Replicas starting together take turns
 * under an advisory lock, so each migration runs once; the schema is created first so the
 * migrations table has a home.
 */
export async function initializeDatabase(dataSource: DataSource, schema: string): Promise<void> {
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query(`SELECT pg_advisory_lock(hashtext($1))`, [`clientele:migrate:${schema}`]);
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`clientele:migrate:${schema}`]);
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
