import { useQuery } from '@apollo/client/react';
import { MemberTable } from '../components/MemberTable';
import { useCustomerOutlet } from '../customer-outlet';
import { CustomerMembersQuery } from '../queries';

export function CustomerMembersTab() {
  const { customer } = useCustomerOutlet();
  const { data, loading, error, refetch } = useQuery(CustomerMembersQuery, {
    variables: { id: customer.id },
    fetchPolicy: 'cache-and-network',
  });
  const members = data?.customer?.members;

  if (!members && loading) {
    return (
      <p className="state" role="status">
        Loading members…
      </p>
    );
  }
  if (!members) {
    return (
      <div className="state state--error" role="alert">
        <p>{error ? 'Members could not be loaded.' : 'This customer is no longer visible.'}</p>
        <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <section className="page" aria-labelledby="customer-members-title">
      <h2 id="customer-members-title" className="section-title">
        Members
      </h2>
      {members.length === 0 ? (
        <p className="state">No one is on this account yet.</p>
      ) : (
        <MemberTable members={members} />
      )}
    </section>
  );
}
