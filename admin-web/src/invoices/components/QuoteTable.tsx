import { Link } from 'react-router';
import { formatDate, formatMoney } from '../../shared/format';
import { toMajorUnits } from '../../shared/money';
import { formatQuantity, quoteReference, shownQuoteStatus } from '../display';
import { ppmToPercent } from '../line-pricing';
import type { QuoteRowFragment } from '../queries';
import { invoiceUrl } from '../urls';
import { Amount } from './Amount';
import { QuoteStatusBadge } from './QuoteStatusBadge';

export type QuoteAction = 'send' | 'accept' | 'decline';

type Props = {
  quotes: readonly QuoteRowFragment[];
  busy?: boolean;
  /** Today (YYYY-MM-DD, UTC), against which validity is judged. */
  today: string;
  /** Absent for an operator who may not change quotes: no action column then. */
  onAction?: (action: QuoteAction, quote: QuoteRowFragment) => void;
  /** The quote whose action is being sent, whose buttons wait meanwhile. */
  pendingId?: string | null;
};

/** A customer's quotes with what can be done with each; on a narrow screen each row is a card. */
export function QuoteTable({ quotes, busy, today, onAction, pendingId }: Props) {
  return (
    <div className="table-wrap">
      <table className="table table--cards" aria-label="Quotes" aria-busy={busy || undefined}>
        <thead>
          <tr>
            <th scope="col">Quote</th>
            <th scope="col">Status</th>
            <th scope="col">Valid until</th>
            <th scope="col" className="table__num">
              Total
            </th>
            <th scope="col">Created</th>
            {onAction && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {quotes.map((quote) => {
            const reference = quoteReference(quote.id);
            const status = shownQuoteStatus(quote, today);
            const lapsed = quote.validUntil < today;
            return (
              <tr key={quote.id} data-testid="quote-row" data-quote-id={quote.id}>
                <td data-label="Quote" className="table__wrap">
                  <details className="quote-lines">
                    <summary>
                      <span className="table__mono" title={quote.id}>
                        {reference}
                      </span>{' '}
                      <span className="muted">
                        ({quote.lines.length} {quote.lines.length === 1 ? 'line' : 'lines'})
                      </span>
                    </summary>
                    <ul className="plain-list" aria-label={`Lines of quote ${reference}`}>
                      {quote.lines.map((line) => (
                        <li key={line.position}>
                          {formatQuantity(line.quantity)} × {line.description}:{' '}
                          {formatMoney(toMajorUnits(line.amountMinor, quote.currency), quote.currency)}
                          {line.taxRatePpm > 0 ? ` + ${ppmToPercent(line.taxRatePpm)}% tax` : ''}
                        </li>
                      ))}
                    </ul>
                  </details>
                </td>
                <td data-label="Status">
                  <QuoteStatusBadge status={status} />
                  {quote.status === 'ACCEPTED' && quote.invoiceId && (
                    <>
                      {' '}
                      <Link to={invoiceUrl(quote.invoiceId)}>Draft invoice</Link>
                    </>
                  )}
                  {quote.status === 'DECLINED' && quote.declineReason && (
                    <span className="muted"> {quote.declineReason}</span>
                  )}
                </td>
                <td data-label="Valid until">
                  {formatDate(quote.validUntil)}
                  {lapsed && quote.status === 'DRAFT' && <span className="muted"> (passed)</span>}
                </td>
                <td className="table__num" data-label="Total">
                  <Amount money={quote.total} />
                </td>
                <td data-label="Created">{formatDate(quote.createdAt)}</td>
                {onAction && (
                  <td data-label="Actions" className="table__actions">
                    <QuoteActions
                      quote={quote}
                      reference={reference}
                      lapsed={lapsed}
                      pending={pendingId === quote.id}
                      onAction={onAction}
                    />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function QuoteActions({
  quote,
  reference,
  lapsed,
  pending,
  onAction,
}: {
  quote: QuoteRowFragment;
  reference: string;
  lapsed: boolean;
  pending: boolean;
  onAction: (action: QuoteAction, quote: QuoteRowFragment) => void;
}) {
  // A quote past its last valid day can be neither sent nor answered: the API refuses both.
  if (lapsed || (quote.status !== 'DRAFT' && quote.status !== 'SENT')) return <span className="muted">—</span>;
  if (quote.status === 'DRAFT') {
    return (
      <button
        type="button"
        className="button button--small"
        aria-label={`Send quote ${reference}`}
        disabled={pending}
        onClick={() => onAction('send', quote)}
      >
        {pending ? 'Sending…' : 'Send'}
      </button>
    );
  }
  return (
    <span className="row-actions">
      <button
        type="button"
        className="button button--small"
        aria-label={`Accept quote ${reference}`}
        onClick={() => onAction('accept', quote)}
      >
        Accept…
      </button>
      <button
        type="button"
        className="button button--small"
        aria-label={`Decline quote ${reference}`}
        onClick={() => onAction('decline', quote)}
      >
        Decline…
      </button>
    </span>
  );
}
