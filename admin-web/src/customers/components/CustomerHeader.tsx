import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CustomerBalance } from '../../shared/components/CustomerBalance';
import { CustomerStatusBadge } from '../../shared/components/CustomerStatusBadge';
import type { CustomerPageFieldsFragment } from '../queries';
import { customerListUrl } from '../urls';

type Props = {
  customer: CustomerPageFieldsFragment;
  /** The actions the viewer may take on this customer. */
  actions?: ReactNode;
};

export function CustomerHeader({ customer, actions }: Props) {
  return (
    <header className="customer-header">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={customerListUrl()}>Customers</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{customer.name}</span>
      </nav>
      <div className="customer-header__main">
        <div className="customer-header__identity">
          <h1 id="customer-title" className="page__title customer-header__name">
            {customer.name}
          </h1>
          <CustomerStatusBadge status={customer.status} />
        </div>
        {actions && <div className="customer-header__actions">{actions}</div>}
      </div>
      <dl className="customer-header__facts">
        <div>
          <dt>Account number</dt>
          <dd className="table__mono" data-testid="customer-account-number">
            {customer.accountNumber}
          </dd>
        </div>
        <div>
          <dt>Balance</dt>
          <dd data-testid="customer-header-balance">
            <CustomerBalance balance={customer.balance} />
          </dd>
        </div>
      </dl>
    </header>
  );
}
