import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { hasPermission, useViewer } from '../../platform/viewer';
import { CustomerHeader } from '../components/CustomerHeader';
import { CustomerStatusNotes } from '../components/CustomerStatusNotes';
import { CustomerTabs } from '../components/CustomerTabs';
import { CustomerActions } from './CustomerActions';
import type { CustomerOutlet } from '../customer-outlet';
import { CustomerPageQuery } from '../queries';
import { customerTabEntries } from '../tabs';
import { customerListUrl, customerUrl } from '../urls';

/** `/customers/:customerId/<tab>`: the header, the sections, and the section chosen in the URL. */
export function CustomerPageView() {
  const { customerId = '' } = useParams();
  const viewer = useViewer();
  // Set by the page that sent us here, e.g. "… is created." after the create form.
  const arrivalNotice = (useLocation().state as { notice?: string } | null)?.notice;
  // What an action in the header just did, e.g. "… is suspended."; replaces the arrival notice.
  const [actionNotice, setActionNotice] = useState<string | null>(null);
  const notice = actionNotice ?? arrivalNotice;
  const { data, loading, error, refetch } = useQuery(CustomerPageQuery, {
    variables: { id: customerId },
    fetchPolicy: 'cache-and-network',
    // A failing subgraph (e.g. billing) should cost the balance, not the whole page.
    errorPolicy: 'all',
  });
  const customer = data?.customer;

  if (customer === undefined && loading) {
    return (
      <section className="page" aria-label="Customer">
        <p className="state" role="status">
          Loading customer…
        </p>
      </section>
    );
  }

  if (!customer && error) {
    return (
      <section className="page" aria-label="Customer">
        <div className="state state--error" role="alert">
          <p>This customer could not be loaded.</p>
          <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
            Try again
          </button>
        </div>
      </section>
    );
  }

  if (!customer) {
    // Another partner's customer looks exactly like a missing one.
    return (
      <section className="page" aria-labelledby="customer-missing-title">
        <h1 id="customer-missing-title" className="page__title">
          Customer not found
        </h1>
        <div className="state">
          <p>There is no customer at this address, or it is not one you can see.</p>
          <Link to={customerListUrl()}>Back to customers</Link>
        </div>
      </section>
    );
  }

  const tabs = customerTabEntries.filter((entry) => !entry.permission || hasPermission(viewer, entry.permission));
  const outlet: CustomerOutlet = { customer, partial: Boolean(error) };

  return (
    <section className="page customer-page" aria-labelledby="customer-title">
      <CustomerHeader customer={customer} actions={<CustomerActions customer={customer} onDone={setActionNotice} />} />
      <CustomerStatusNotes
        customer={customer}
        canWrite={hasPermission(viewer, 'customers:write')}
        onDone={setActionNotice}
      />
      {notice && (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="notice" role="status">
          Some details could not be loaded and are shown as “—”.
        </p>
      )}
      <CustomerTabs customerId={customer.id} tabs={tabs} />
      <div className="customer-page__section">
        <Outlet context={outlet} />
      </div>
    </section>
  );
}

/** A section name in the URL that the page does not have. */
export function CustomerTabNotFound() {
  const { customerId = '' } = useParams();
  return (
    <div className="state">
      <p>This customer page has no such section.</p>
      <Link to={customerUrl(customerId)}>Go to the overview</Link>
    </div>
  );
}
