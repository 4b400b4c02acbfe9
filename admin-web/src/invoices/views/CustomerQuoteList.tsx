import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { QuoteStatus } from '../../gql/graphql';
import { hasPermission, useViewer } from '../../platform/viewer';
import { ConfirmDialog } from '../../shared/components/ConfirmDialog';
import { LoadMore } from '../../shared/components/LoadMore';
import { SelectField } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import { DeclineQuoteDialog } from '../components/DeclineQuoteDialog';
import { QuoteDialog } from '../components/QuoteDialog';
import { QuoteTable, type QuoteAction } from '../components/QuoteTable';
import { quoteReference, quoteStatusLabels, todayUtc } from '../display';
import { appendNodes, useLoadMore } from '../load-more';
import { QuoteAcceptMutation, QuoteSendMutation } from '../mutations';
import { CustomerQuotesQuery, type QuoteRowFragment } from '../queries';
import { invoiceUrl } from '../urls';

const pageSize = 25;

type Open = { kind: 'create' } | { kind: 'accept' | 'decline'; quote: QuoteRowFragment } | null;
type Notice = { ok: boolean; text: ReactNode };

/** One customer's quotes, newest first, and writing, sending and answering them: the customer page's Quotes tab. */
export function CustomerQuoteList({ customerId, currency }: { customerId: string; currency: string }) {
  const viewer = useViewer();
  const canWrite = hasPermission(viewer, 'billing:write');
  const [status, setStatus] = useState<QuoteStatus | ''>('');
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [sending, setSending] = useState<string | null>(null);
  const refetchQueries = ['CustomerQuotes'];
  const [send] = useMutation(QuoteSendMutation, { refetchQueries });
  const [accept] = useMutation(QuoteAcceptMutation, {
    refetchQueries: [...refetchQueries, 'CustomerInvoices', 'InvoiceList'],
  });
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(CustomerQuotesQuery, {
    variables: { id: customerId, first: pageSize, statuses: status ? [status] : null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { loadingMore, loadMore } = useLoadMore((after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => {
        const next = fetchMoreResult.customer?.quotes;
        if (!fetchMoreResult.customer || !next) return previous;
        return {
          ...fetchMoreResult,
          customer: { ...fetchMoreResult.customer, quotes: appendNodes(previous.customer?.quotes, next) },
        };
      },
    }),
  );
  // While another status loads, the rows shown stay (dimmed) rather than flashing away.
  const quotes = (data ?? (loading ? previousData : undefined))?.customer?.quotes;
  const today = todayUtc();

  const done = (text: ReactNode) => {
    setOpen(null);
    setNotice({ ok: true, text });
  };

  async function sendQuote(quote: QuoteRowFragment) {
    const reference = quoteReference(quote.id);
    setNotice(null);
    setSending(quote.id);
    try {
      const { data: sent } = await send({ variables: { input: { quoteId: quote.id } } });
      const errors = sent?.quoteSend.userErrors ?? [];
      if (errors.length) setNotice({ ok: false, text: errors.map((e) => e.message).join(' ') });
      else if (sent)
        setNotice({ ok: true, text: `Quote ${reference} is sent: the customer can now accept or decline it.` });
    } catch (failure) {
      setNotice({ ok: false, text: describeError(failure, `Quote ${reference} was not sent`) });
    } finally {
      setSending(null);
    }
  }

  async function acceptQuote(quote: QuoteRowFragment): Promise<string | null> {
    const reference = quoteReference(quote.id);
    try {
      const { data: accepted } = await accept({ variables: { input: { quoteId: quote.id } } });
      const payload = accepted?.quoteAccept;
      if (!payload) return `Quote ${reference} was not accepted.`;
      if (payload.userErrors.length) return payload.userErrors.map((e) => e.message).join(' ');
      done(
        <>
          Quote {reference} is accepted.{' '}
          {payload.invoiceId ? <Link to={invoiceUrl(payload.invoiceId)}>Open the draft invoice</Link> : null}
        </>,
      );
      return null;
    } catch (failure) {
      return describeError(failure, `Quote ${reference} was not accepted`);
    }
  }

  const onAction = (action: QuoteAction, quote: QuoteRowFragment) => {
    if (action === 'send') void sendQuote(quote);
    else setOpen({ kind: action, quote });
  };

  return (
    <section className="page" aria-labelledby="customer-quotes-title">
      <div className="section-header">
        <h2 id="customer-quotes-title" className="section-title">
          Quotes
        </h2>
        {canWrite ? (
          <button type="button" className="button button--primary" onClick={() => setOpen({ kind: 'create' })}>
            New quote…
          </button>
        ) : (
          <p className="muted">Your role can read quotes; writing, sending and answering them needs billing rights.</p>
        )}
      </div>
      {notice && (
        <p
          className={notice.ok ? 'notice notice--success' : 'notice notice--error'}
          role={notice.ok ? 'status' : 'alert'}
        >
          {notice.text}
        </p>
      )}
      <form className="toolbar" role="search" aria-label="Filter quotes" onSubmit={(event) => event.preventDefault()}>
        <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value as QuoteStatus | '')}>
          <option value="">All statuses</option>
          {(Object.keys(quoteStatusLabels) as QuoteStatus[]).map((value) => (
            <option key={value} value={value}>
              {quoteStatusLabels[value]}
            </option>
          ))}
        </SelectField>
      </form>
      {!quotes && loading ? (
        <p className="state" role="status">
          Loading quotes…
        </p>
      ) : !quotes ? (
        <div className={error ? 'state state--error' : 'state'} role={error ? 'alert' : 'status'}>
          <p>{error ? 'The quotes could not be loaded.' : 'The billing account is being opened.'}</p>
          <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
            Try again
          </button>
        </div>
      ) : quotes.nodes.length === 0 ? (
        <p className="state">{status ? `No ${quoteStatusLabels[status].toLowerCase()} quotes.` : 'No quotes yet.'}</p>
      ) : (
        <>
          <QuoteTable
            quotes={quotes.nodes}
            busy={loading && !loadingMore}
            today={today}
            onAction={canWrite ? onAction : undefined}
            pendingId={sending}
          />
          <LoadMore
            shown={quotes.nodes.length}
            totalCount={quotes.totalCount}
            nextCursor={quotes.pageInfo.hasNextPage ? (quotes.pageInfo.endCursor ?? null) : null}
            loading={loadingMore}
            onLoadMore={loadMore}
          />
        </>
      )}
      {open?.kind === 'create' && (
        <QuoteDialog customerId={customerId} currency={currency} onDone={done} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'decline' && (
        <DeclineQuoteDialog quote={open.quote} onDone={done} onClose={() => setOpen(null)} />
      )}
      <ConfirmDialog
        open={open?.kind === 'accept'}
        onOpenChange={(next) => {
          if (!next) setOpen(null);
        }}
        title={open?.kind === 'accept' ? `Accept quote ${quoteReference(open.quote.id)}?` : 'Accept this quote?'}
        description="Record that the customer accepted it. It becomes a DRAFT invoice with the same lines, which you check and then issue; a quote is accepted only once."
        confirmLabel="Accept quote"
        pendingLabel="Accepting…"
        danger={false}
        onConfirm={() => (open?.kind === 'accept' ? acceptQuote(open.quote) : Promise.resolve(null))}
      />
    </section>
  );
}
