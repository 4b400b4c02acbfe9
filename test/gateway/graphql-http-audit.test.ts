import { serverAudits } from 'graphql-http';
import { testStack } from '../support/env';
import { seed } from '../support/seed';

/**
 * The GraphQL-over-HTTP specification's own audit (graphql-http's `serverAudits`) against the
 * gateway: every MUST holds. SHOULDs and MAYs come back as warnings and notices, not failures.
 */
let token: string;

/** The audit's requests, as a signed-in operator: without a token the gateway answers 401 to all. */
const AUDITS = serverAudits({
  url: () => `${testStack().gatewayUrl}/graphql`,
  fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  },
});

beforeAll(async () => {
  token = (await seed.partner()).owner.token;
});

describe('the gateway under the GraphQL over HTTP audit', () => {
  it('should run the whole audit', () => {
    expect(AUDITS.length).toBeGreaterThan(50);
  });

  it.each(AUDITS.map((audit) => ({ id: audit.id, name: audit.name, fn: audit.fn })))(
    'should not fail $id: $name',
    async ({ fn }) => {
      const result = await fn();

      // The reason, when it failed: what the response was and what the specification wants.
      expect(result.status === 'error' ? result.reason : null).toBeNull();
    },
  );
});
