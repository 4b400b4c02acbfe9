import { join, resolve } from 'node:path';

/** Where `pnpm start` keeps the embedded PostgreSQL's data and which port it listens on, unless configured. */
export const EMBEDDED_POSTGRES = {
  dataDir: join(resolve(__dirname, '..', '..', '..'), '.data', 'postgres'),
  port: 54329,
  user: 'clientele',
  password: 'clientele',
  database: 'clientele',
} as const;

/** The URL of the embedded PostgreSQL listening on `port` (it listens on 127.0.0.1 only). */
export function embeddedDatabaseUrl(port: number = EMBEDDED_POSTGRES.port): string {
  const { user, password, database } = EMBEDDED_POSTGRES;
  return `postgres://${user}:${password}@127.0.0.1:${port}/${database}`;
}
