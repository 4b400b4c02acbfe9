export const STACK_ENV = 'CLIENTELE_TEST_STACK';

/**
 * The shared stack's rate limits: the suites that probe every field run hundreds of queries a
 * second as one person or one key, so both buckets are far larger than production's; the limits
 * themselves are tried on a gateway of their own.
 */
export const TEST_STACK_BUCKETS = {
  interactive: { capacity: 1_000_000, leakPerSecond: 100_000 },
  apiKey: { capacity: 100_000, leakPerSecond: 2000 },
};

/** How many recipients a bulk send reads from accounts per page on the shared stack. */
export const TEST_BULK_SEND_PAGE_SIZE = 300;

/** Bulk actions work in batches of this many customers in tests, so a few thousand take several batches. */
export const TEST_BULK_ACTION_BATCH_SIZE = 250;
/** Bulk actions over more customers than this run as a background job in tests. */
export const TEST_BULK_ACTION_INLINE_LIMIT = 500;

export interface TestStack {
  gatewayUrl: string;
  databaseUrl: string;
  subgraphUrls: { accounts: string; billing: string; messaging: string };
  /** The subgraphs' file store (a local folder), for tests that look at what was kept. */
  fileStoreDir: string;
}

/** Where the stack started by the global setup listens. */
export function testStack(): TestStack {
  const value = process.env[STACK_ENV];
  if (!value) throw new Error('The test stack is not running: run the tests through `pnpm test`.');
  return JSON.parse(value) as TestStack;
}
