import type { RequestContext } from '@clientele/subgraph-kit';
import { z } from 'zod';
import type { BillTo } from '../invoices';

/** The accounts route's chunk limit (`billing-profiles`). */
const CHUNK = 5_000;

const profilesAnswer = z.object({
  profiles: z.array(
    z.object({
      id: z.guid(),
      name: z.string(),
      accountNumber: z.string(),
      email: z.string().nullable(),
      country: z.string(),
      addressLines: z.array(z.string()),
      city: z.string().nullable(),
      region: z.string().nullable(),
      postcode: z.string().nullable(),
    }),
  ),
});

export type ServiceCall = (
  service: 'accounts',
  path: string,
  input: unknown,
  context: RequestContext,
) => Promise<unknown>;

export type ServiceCallAsService = (
  service: 'accounts',
  path: string,
  input: unknown,
  on: { partnerId: string },
) => Promise<unknown>;

/**
 * Whom invoices are billed to: each customer's billing name, account number, tax country and
 * address, asked of accounts over its internal route (never read from its tables). A billing run
 * asks as billing for one partner; a request asks with its caller's token, scoped as for GraphQL.
 */
export class BillToDirectory {
  constructor(
    private readonly call: ServiceCall,
    private readonly callAsService: ServiceCallAsService,
  ) {}

  /** These customers of one partner, asked by billing itself (a scheduled run); unknown ids are absent. */
  async ofPartner(partnerId: string, customerIds: readonly string[]): Promise<Map<string, BillTo>> {
    return this.inChunks(customerIds, (chunk) =>
      this.callAsService('accounts', 'billing-profiles', { customerIds: chunk }, { partnerId }),
    );
  }

  /** These customers as the request's caller sees them; ones they cannot see are absent. */
  async forCaller(context: RequestContext, customerIds: readonly string[]): Promise<Map<string, BillTo>> {
    return this.inChunks(customerIds, (chunk) =>
      this.call('accounts', 'billing-profiles', { customerIds: chunk }, context),
    );
  }

  private async inChunks(
    customerIds: readonly string[],
    ask: (chunk: string[]) => Promise<unknown>,
  ): Promise<Map<string, BillTo>> {
    const found = new Map<string, BillTo>();
    const ids = [...new Set(customerIds)];
    for (let start = 0; start < ids.length; start += CHUNK) {
      const answer = profilesAnswer.parse(await ask(ids.slice(start, start + CHUNK)));
      for (const { id, ...profile } of answer.profiles) found.set(id, { ...profile, country: profile.country.trim() });
    }
    return found;
  }
}
