import { useQuery } from '@apollo/client/react';
import { PortalAccountSummary } from '../components/PortalAccountSummary';
import { PortalContactForm } from '../components/PortalContactForm';
import { PortalMembers } from '../components/PortalMembers';
import { PortalMessages } from '../components/PortalMessages';
import { PortalAccountQuery } from '../queries';

/** The customer's own view of their account. */
export function PortalHomeView() {
  const { data, error, refetch } = useQuery(PortalAccountQuery, { errorPolicy: 'all' });
  const customer = data?.portalViewer.customer;

  if (!customer) {
    return error ? (
      <div className="state state--error" role="alert">
        <p>Your account could not be loaded.</p>
        <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </button>
      </div>
    ) : (
      <p className="state" role="status">
        Loading your account…
      </p>
    );
  }

  return (
    <div className="page">
      <h1 className="page__title">{customer.name}</h1>
      {error && (
        <p className="notice" role="status">
          Some details could not be loaded and are shown as “—”.
        </p>
      )}
      <div className="portal__grid">
        <PortalAccountSummary customer={customer} />
        <PortalContactForm customer={customer} />
      </div>
      <PortalMembers members={customer.members} />
      <PortalMessages messages={customer.messages} />
    </div>
  );
}
