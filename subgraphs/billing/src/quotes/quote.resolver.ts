import { type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import {
  QuoteAcceptInput,
  QuoteAcceptPayload,
  QuoteCreateInput,
  QuoteCreatePayload,
  QuoteDeclineInput,
  QuoteDeclinePayload,
  QuoteSendInput,
  QuoteSendPayload,
  QuotesArgs,
} from './quote.inputs';
import type { QuoteService } from './quote.service';
import { QuoteConnection } from './quote.type';

@Resolver()
export class QuoteResolver {
  constructor(private readonly service: QuoteService) {}

  @Query(() => QuoteConnection, {
    description:
      'The partner’s quotes, newest first, a page at a time. An operator limited to one reseller lists one ' +
      'customer’s at a time (`filter.customerId`).',
  })
  @Requires('billing:read')
  quotes(@Args() args: QuotesArgs, @Ctx() context: RequestContext): Promise<QuoteConnection> {
    const { filter, ...page } = args;
    return this.service.list(
      context.caller,
      { customerId: filter?.customerId ?? null, statuses: filter?.statuses ?? null },
      page,
    );
  }

  @Mutation(() => QuoteCreatePayload, {
    description: 'Writes a DRAFT quote for a customer, in the customer’s currency, priced line by line.',
  })
  @Requires('billing:write')
  quoteCreate(
    @Arg('input', { description: 'The customer, the last valid day and the lines.' }) input: QuoteCreateInput,
    @Ctx() context: RequestContext,
  ): Promise<QuoteCreatePayload> {
    return this.service.create(context, input);
  }

  @Mutation(() => QuoteSendPayload, {
    description: 'Offers a DRAFT quote to the customer (SENT); it can then be accepted or declined until it expires.',
  })
  @Requires('billing:write')
  quoteSend(
    @Arg('input', { description: 'The quote.' }) input: QuoteSendInput,
    @Ctx() context: RequestContext,
  ): Promise<QuoteSendPayload> {
    return this.service.send(context, input);
  }

  @Mutation(() => QuoteAcceptPayload, {
    description:
      'Records the customer’s acceptance of a SENT quote and turns it into a DRAFT invoice with the same lines. ' +
      'A quote is accepted once: a second acceptance, even at the same moment, is refused with QUOTE_ALREADY_ACCEPTED.',
  })
  @Requires('billing:write')
  quoteAccept(
    @Arg('input', { description: 'The quote.' }) input: QuoteAcceptInput,
    @Ctx() context: RequestContext,
  ): Promise<QuoteAcceptPayload> {
    return this.service.accept(context, input);
  }

  @Mutation(() => QuoteDeclinePayload, { description: 'Records that the customer declined a SENT quote.' })
  @Requires('billing:write')
  quoteDecline(
    @Arg('input', { description: 'The quote and, optionally, why.' }) input: QuoteDeclineInput,
    @Ctx() context: RequestContext,
  ): Promise<QuoteDeclinePayload> {
    return this.service.decline(context, input);
  }
}
