import type { RequestContext } from '@clientele/subgraph-kit';
import { type PartnerOwner, type Recipient, ownersAnswerSchema, recipientsAnswerSchema } from './recipient';

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

/** A call this subgraph makes on its own for one partner, where no caller is at hand (an event). */
export type ServiceCallAsService = (
  service: 'accounts',
  path: string,
  input: unknown,
  on: { partnerId: string },
) => Promise<unknown>;

/**
 * Customers' names and addresses, from accounts over its internal route, as the caller sees them:
 * the caller's token goes along, so accounts scopes the answer exactly as for GraphQL. Notices
 * sent on events ask as this service, for the event's partner only.
 */
export class RecipientDirectory {
  constructor(
    private readonly call: ServiceCall,
    private readonly callAsService: ServiceCallAsService,
  ) {}

  /** These customers of one partner, asked by messaging itself (a notice on an event). */
  async ofPartner(partnerId: string, customerIds: string[]): Promise<Recipient[]> {
    const answer = await this.callAsService('accounts', 'recipients', { customerIds }, { partnerId });
    return recipientsAnswerSchema.parse(answer);
  }

  /** The partner's active owner operators, for notices about the partner's own setup. */
  async ownersOf(partnerId: string): Promise<PartnerOwner[]> {
    const answer = await this.callAsService('accounts', 'partner-owners', {}, { partnerId });
    return ownersAnswerSchema.parse(answer).owners;
  }

  async select(context: RequestContext, selection: RecipientSelection): Promise<Recipient[]> {
    const answer = await this.call('accounts', 'recipients', selection, context);
    return recipientsAnswerSchema.parse(answer);
  }

  async one(context: RequestContext, customerId: string): Promise<Recipient | null> {
    const [recipient] = await this.select(context, { customerIds: [customerId] });
    return recipient ?? null;
  }
}
