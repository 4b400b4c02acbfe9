import { type RequestContext, type UserError, type UserErrorCode, userError } from '@clientele/subgraph-kit';
import {
  type PartnerOwner,
  type Recipient,
  ownersAnswerSchema,
  recipientPageAnswerSchema,
  recipientsAnswerSchema,
} from './recipient';

/** The customer list's filter as the client gave it (plain JSON); accounts checks it with the list's grammar. */
export type CustomerFilterInput = Record<string, unknown>;

/** Customers named, or those the customer list's filter finds, less any left out. */
export type RecipientSelection = ({ customerIds: string[] } | { filter: CustomerFilterInput }) & {
  excludeIds?: string[];
};

/** Accounts refused the selection: the filter is malformed or names what the caller does not have. */
export class SelectionRefused extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('selection refused');
  }
}

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

  /**
   * The selection a page of at most `pageSize` at a time: named customers a slice of the names at
   * a time, a filter in id order after the last one seen. The next page is asked for as soon as one
   * is handed out, so accounts reads it while the caller works on this one.
   */
  async *pages(context: RequestContext, selection: RecipientSelection, pageSize: number): AsyncGenerator<Recipient[]> {
    const slices = 'customerIds' in selection ? chunks(selection.customerIds, pageSize) : null;
    const filter = 'filter' in selection ? selection.filter : null;
    const excluded = selection.excludeIds?.length ? { excludeIds: selection.excludeIds } : {};
    // What to ask for once `asked` pages have been asked for, the last of them `last`; null when done.
    const inputAfter = (asked: number, last: Recipient[] | null): unknown => {
      if (slices) return asked < slices.length ? { customerIds: slices[asked], ...excluded } : null;
      if (last && last.length < pageSize) return null;
      return { filter, ...excluded, page: { after: last?.at(-1)?.id ?? null, first: pageSize } };
    };
    const ask = (input: unknown): Promise<Recipient[]> | null => {
      if (input === null) return null;
      const answer = this.call('accounts', 'recipients', input, context).then((body) => {
        const parsed = recipientPageAnswerSchema.parse(body);
        if ('userErrors' in parsed) {
          throw new SelectionRefused(
            // Accounts' grammar gives the codes every domain shares.
            parsed.userErrors.map((error) => userError(error.code as UserErrorCode, error.message, error.field)),
          );
        }
        return parsed.recipients;
      });
      // Asked ahead: if the caller stops before taking it, its failure must not go unhandled.
      answer.catch(() => undefined);
      return answer;
    };
    let asked = 1;
    let next = ask(inputAfter(0, null));
    while (next) {
      const page = await next;
      next = ask(inputAfter(asked++, page));
      yield page;
    }
  }

  async one(context: RequestContext, customerId: string): Promise<Recipient | null> {
    const [recipient] = await this.select(context, { customerIds: [customerId] });
    return recipient ?? null;
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
