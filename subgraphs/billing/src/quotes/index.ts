export { quotesModule, EXPIRE_QUOTES_QUEUE } from './quotes.module';
export type { QuoteLoaders } from './quote.loaders';
export type { Quote, QuoteLine } from './quote.model';
export type { QuoteService } from './quote.service';
export { QuoteType } from './quote.type';
