import type { QuoteStatus } from '../../gql/graphql';
import { quoteStatusLabels } from '../display';

export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  return <span className={`badge badge--quote-${status.toLowerCase()}`}>{quoteStatusLabels[status]}</span>;
}
