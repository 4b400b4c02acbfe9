import { defineModule } from '@clientele/subgraph-kit';
import { z } from 'zod';
import { billingAccountsModule } from '../billing-accounts';
import { invoicesModule } from '../invoices';
import { CustomerQuotesResolver } from './customer-quotes.resolver';
import { Quotes1766630002000 } from './migrations/1766630002000-quotes';
import { QuoteEntity, QuoteLineEntity } from './quote.entity';
import { QUOTE_ERRORS } from './quote.inputs';
import { createQuoteLoaders } from './quote.loaders';
import { QuoteResolver } from './quote.resolver';
import { QuoteService } from './quote.service';

/** The queue whose scheduled job expires SENT quotes past their last valid day. */
export const EXPIRE_QUOTES_QUEUE = 'billing.expire-quotes';

/** Validity is by the day; every hour, once across every billing process, is soon enough. */
const EXPIRE_QUOTES_CRON = '7 * * * *';

/** Quotes: priced offers that become draft invoices when the customer accepts them. */
export const quotesModule = defineModule({
  name: 'quotes',
  dependsOn: { accounts: billingAccountsModule, invoices: invoicesModule },
  entities: [QuoteEntity, QuoteLineEntity],
  migrations: [Quotes1766630002000],
  resolvers: [QuoteResolver, CustomerQuotesResolver],
  errorCodes: QUOTE_ERRORS,
  service: ({ dataSource }, { accounts, invoices }) => new QuoteService(dataSource, accounts, invoices),
  loaders: createQuoteLoaders,
  prepare: (service, { events, logger }) =>
    events.schedule(
      {
        name: EXPIRE_QUOTES_QUEUE,
        data: z.object({}),
        handle: async () => {
          const expired = await service.expireDue();
          if (expired > 0) logger.info({ expired }, 'expired quotes past their last valid day');
        },
      },
      EXPIRE_QUOTES_CRON,
      {},
    ),
});
