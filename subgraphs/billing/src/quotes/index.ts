export { quotesModule, EXPIRE_QUOTES_QUEUE } from './quotes.module';
export type { QuoteLoaders } from './quote.loaders';
export type { Quote, QuoteLine } from './quote.model';
// A class, not only a type: the expiry sweep is run by tests on a database of their own.
export { QuoteService } from './quote.service';
export { QuoteType } from './quote.type';
