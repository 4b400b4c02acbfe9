import { useQuery } from '@apollo/client/react';
import { LoadMore } from '../../shared/components/LoadMore';
import { InvoiceTable } from '../components/InvoiceTable';
import { CustomerInvoicesQuery } from '../queries';
import { appendNodes, useLoadMore } from '../load-more';

const pageSize = 25;

/** One customer's invoices and credit notes, newest first: the customer page's Invoices tab. */
export function CustomerInvoiceList({ customerId }: { customerId: string }) {
  const { data, loading, error, fetchMore, refetch } = useQuery(CustomerInvoicesQuery, {
    variables: { id: customerId, first: pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const { loadingMore, loadMore } = useLoadMore((after) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => {
        const next = fetchMoreResult.customer?.invoices;
        if (!fetchMoreResult.customer || !next) return previous;
        return {
          ...fetchMoreResult,
          customer: { ...fetchMoreResult.customer, invoices: appendNodes(previous.customer?.invoices, next) },
        };
      },
    }),
  );
  const invoices = data?.customer?.invoices;

  return (
    <section className="page" aria-labelledby="customer-invoices-title">
      <h2 id="customer-invoices-title" className="section-title">
        Invoices
      </h2>
      {!invoices && loading ? (
        <p className="state" role="status">
          Loading invoices…
        </p>
      ) : !invoices ? (
        <div className={error ? 'state state--error' : 'state'} role={error ? 'alert' : 'status'}>
          <p>{error ? 'The invoices could not be loaded.' : 'The billing account is being opened.'}</p>
          <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
            Try again
          </button>
        </div>
      ) : invoices.nodes.length === 0 ? (
        <p className="state">No invoices yet.</p>
      ) : (
        <>
          <InvoiceTable label="Customer invoices" invoices={invoices.nodes} />
          <LoadMore
            shown={invoices.nodes.length}
            totalCount={invoices.totalCount}
            nextCursor={invoices.pageInfo.hasNextPage ? (invoices.pageInfo.endCursor ?? null) : null}
            loading={loadingMore}
            onLoadMore={loadMore}
          />
        </>
      )}
    </section>
  );
}
