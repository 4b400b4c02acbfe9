import { createAccountsDataSource } from '@clientele/accounts';
import { createBillingDataSource } from '@clientele/billing';
import { createMessagingDataSource } from '@clientele/messaging';
import type { DataSource } from 'typeorm';
import { testStack } from './env';

const factories = {
  accounts: createAccountsDataSource,
  billing: createBillingDataSource,
  messaging: createMessagingDataSource,
};
type Service = keyof typeof factories;
const open = new Map<Service, Promise<DataSource>>();

/**
 * A connection to one subgraph's schema, for seeding what the public API cannot create yet.
 * Migrations are the running subgraphs' business; this only connects.
 */
export function database(service: Service): Promise<DataSource> {
  let dataSource = open.get(service);
  if (!dataSource) {
    dataSource = factories[service]({
      databaseUrl: testStack().databaseUrl,
      databaseSchema: service,
      service,
    }).initialize();
    open.set(service, dataSource);
  }
  return dataSource;
}

export async function closeDatabases(): Promise<void> {
  const all = [...open.values()];
  open.clear();
  await Promise.all(all.map(async (dataSource) => (await dataSource).destroy()));
}
