import { CustomerBalance } from '../../shared/components/CustomerBalance';
import { CustomerStatusBadge } from '../../shared/components/CustomerStatusBadge';
import type { PortalAccountData } from '../queries';

type Customer = PortalAccountData['portalViewer']['customer'];

export function PortalAccountSummary({ customer }: { customer: Customer }) {
  return (
    <section className="card" aria-labelledby="portal-account-title">
      <h2 id="portal-account-title" className="card__title">
        Account
      </h2>
      <dl className="details">
        <dt>Name</dt>
        <dd>{customer.name}</dd>
        <dt>Account number</dt>
        <dd className="table__mono">{customer.accountNumber}</dd>
        <dt>Status</dt>
        <dd>
          <CustomerStatusBadge status={customer.status} />
        </dd>
        <dt>Email</dt>
        <dd>{customer.email ?? <span className="muted">—</span>}</dd>
        <dt>Phone</dt>
        <dd>{customer.phone ?? <span className="muted">—</span>}</dd>
        <dt>Time zone</dt>
        <dd>{customer.timezone}</dd>
        <dt>Balance</dt>
        <dd data-testid="portal-balance">
          <CustomerBalance balance={customer.balance} />
        </dd>
      </dl>
    </section>
  );
}
