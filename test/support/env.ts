export const STACK_ENV = 'CLIENTELE_TEST_STACK';

export interface TestStack {
  gatewayUrl: string;
  databaseUrl: string;
  subgraphUrls: { accounts: string; billing: string; messaging: string };
}

/** Where the stack started by the global setup listens. */
export function testStack(): TestStack {
  const value = process.env[STACK_ENV];
  if (!value) throw new Error('The test stack is not running: run the tests through `pnpm test`.');
  return JSON.parse(value) as TestStack;
}
