import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAccountsSchema } from '@clientele/accounts';
import { buildBillingSchema } from '@clientele/billing';
import { SUPERGRAPH_PATH, composeSupergraph } from '@clientele/gateway';
import { buildMessagingSchema } from '@clientele/messaging';
import { printSubgraphSdl } from '@clientele/subgraph-kit';

const root = join(__dirname, '..', '..');
const STALE = 'is stale: run `pnpm compose` and commit the result';

describe('checked-in schemas', () => {
  it.each([
    ['accounts', buildAccountsSchema],
    ['billing', buildBillingSchema],
    ['messaging', buildMessagingSchema],
  ] as const)('should match the %s subgraph’s code', async (name, build) => {
    const checkedIn = readFileSync(join(root, 'subgraphs', name, 'schema.graphql'), 'utf8');

    const printed = printSubgraphSdl(await build());

    if (printed !== checkedIn) throw new Error(`subgraphs/${name}/schema.graphql ${STALE}`);
    expect(printed).toBe(checkedIn);
  });

  it('should hold the supergraph composed from the checked-in subgraph schemas', () => {
    const composed = composeSupergraph();

    const checkedIn = readFileSync(SUPERGRAPH_PATH, 'utf8');

    if (composed !== checkedIn) throw new Error(`gateway/supergraph.graphql ${STALE}`);
    expect(composed).toBe(checkedIn);
  });
});
