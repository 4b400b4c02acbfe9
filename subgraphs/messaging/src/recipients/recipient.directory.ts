import type { RequestContext } from '@clientele/subgraph-kit';
import { type Recipient, recipientsAnswerSchema } from './recipient';

/** The customer list's filter, as accounts' `CustomerFilter` takes it. */
export interface CustomerFilterInput {
  query?: string | null;
  status?: string[] | null;
}

export type RecipientSelection = { customerIds: string[] } | { filter: CustomerFilterInput };

export type ServiceCall = (
  service: 'accounts',
  path: string,
  input: unknown,
  context: RequestContext,
) => Promise<unknown>;

/**
 * Customers' names and addresses, from accounts over its internal route, as the caller sees them:
 * the caller's token goes along, so accounts scopes the answer exactly as for GraphQL.
 */
export class RecipientDirectory {
  constructor(private readonly call: ServiceCall) {}

  async select(context: RequestContext, selection: RecipientSelection): Promise<Recipient[]> {
    const answer = await this.call('accounts', 'recipients', selection, context);
    return recipientsAnswerSchema.parse(answer).recipients;
  }

  async one(context: RequestContext, customerId: string): Promise<Recipient | null> {
    const [recipient] = await this.select(context, { customerIds: [customerId] });
    return recipient ?? null;
  }
}
