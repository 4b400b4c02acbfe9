import type { ReactNode } from 'react';
import { formatDate } from '../../shared/format';
import { useCustomerOutlet } from '../customer-outlet';
import { countryLabel, currencyLabel, pricingModelLabels } from '../display';

export function CustomerOverviewTab() {
  const { customer } = useCustomerOutlet();
  return (
    <section className="card" aria-labelledby="customer-details-title">
      <h2 id="customer-details-title" className="card__title">
        Details
      </h2>
      <dl className="details">
        <Detail label="Name">{customer.name}</Detail>
        <Detail label="Billing name">{customer.billingName}</Detail>
        <Detail label="Email">{customer.email}</Detail>
        <Detail label="Phone">{customer.phone}</Detail>
        <Detail label="Country">{countryLabel(customer.country)}</Detail>
        <Detail label="Currency">{currencyLabel(customer.currency)}</Detail>
        <Detail label="Time zone">{customer.timezone}</Detail>
        <Detail label="Pricing">{pricingModelLabels[customer.pricingModel]}</Detail>
        <Detail label="Joined">
          <time dateTime={customer.createdAt}>{formatDate(customer.createdAt)}</time>
        </Detail>
      </dl>
    </section>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">—</span>}</dd>
    </>
  );
}
