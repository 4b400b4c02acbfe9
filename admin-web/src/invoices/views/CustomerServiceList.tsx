import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { hasPermission, useViewer } from '../../platform/viewer';
import { formatDate } from '../../shared/format';
import { Amount } from '../components/Amount';
import { RemoveServiceDialog } from '../components/RemoveServiceDialog';
import { ServiceDialog } from '../components/ServiceDialog';
import { formatQuantity, servicePeriodLabels } from '../display';
import { CustomerServicesQuery, type ServiceRowFragment } from '../queries';

type Open = { kind: 'add' } | { kind: 'edit' | 'remove'; service: ServiceRowFragment } | null;

/** What one customer is billed for each period: the customer page's Services tab. */
export function CustomerServiceList({
  customerId,
  currency: customerCurrency,
}: {
  customerId: string;
  currency: string;
}) {
  const viewer = useViewer();
  const canWrite = hasPermission(viewer, 'billing:write');
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(CustomerServicesQuery, {
    variables: { id: customerId },
    fetchPolicy: 'cache-and-network',
  });
  const services = data?.customer?.services;
  const currency = data?.customer?.currency ?? customerCurrency;
  const done = (message: string) => {
    setOpen(null);
    setNotice(message);
  };

  return (
    <section className="page" aria-labelledby="services-title">
      <div className="section-header">
        <h2 id="services-title" className="section-title">
          Services
        </h2>
        {canWrite && (
          <button type="button" className="button button--primary" onClick={() => setOpen({ kind: 'add' })}>
            Add service…
          </button>
        )}
      </div>
      {notice && (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      )}
      {!services && loading ? (
        <p className="state" role="status">
          Loading services…
        </p>
      ) : !services ? (
        <div className="state state--error" role="alert">
          <p>{error ? 'The services could not be loaded.' : 'No services.'}</p>
          <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
            Try again
          </button>
        </div>
      ) : services.length === 0 ? (
        <p className="state">No services yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards" aria-label="Services">
            <thead>
              <tr>
                <th scope="col">Description</th>
                <th scope="col" className="table__num">
                  Unit price
                </th>
                <th scope="col" className="table__num">
                  Quantity
                </th>
                <th scope="col">Period</th>
                <th scope="col">Starts</th>
                <th scope="col">Ends</th>
                {canWrite && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {services.map((service) => (
                <tr key={service.id} data-testid="service-row">
                  <td data-label="Description" className="table__wrap">
                    {service.description}
                  </td>
                  <td data-label="Unit price" className="table__num">
                    <Amount money={service.unitPrice} />
                  </td>
                  <td data-label="Quantity" className="table__num">
                    {formatQuantity(service.quantity)}
                  </td>
                  <td data-label="Period">{servicePeriodLabels[service.period]}</td>
                  <td data-label="Starts">{formatDate(service.startDate)}</td>
                  <td data-label="Ends">{service.endDate ? formatDate(service.endDate) : '—'}</td>
                  {canWrite && (
                    <td data-label="Actions" className="table__actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`Edit ${service.description}`}
                        onClick={() => setOpen({ kind: 'edit', service })}
                      >
                        Edit
                      </button>{' '}
                      {!service.endDate && (
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={`Remove ${service.description}`}
                          onClick={() => setOpen({ kind: 'remove', service })}
                        >
                          Remove
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open?.kind === 'add' && (
        <ServiceDialog customerId={customerId} currency={currency} onDone={done} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'edit' && (
        <ServiceDialog
          customerId={customerId}
          currency={currency}
          service={open.service}
          onDone={done}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'remove' && (
        <RemoveServiceDialog service={open.service} onDone={done} onClose={() => setOpen(null)} />
      )}
    </section>
  );
}
