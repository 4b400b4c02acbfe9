import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { hasPermission, useViewer } from '../../platform/viewer';
import { describeError } from '../../shared/graphql-errors';
import { MemberLinkDialog, type MemberLink } from '../components/MemberLinkDialog';
import { MemberRowMenu, type MemberMenuItem } from '../components/MemberRowMenu';
import { MemberTable } from '../components/MemberTable';
import { useCustomerOutlet } from '../customer-outlet';
import { MemberInvitationCreateMutation } from '../mutations';
import { CustomerMembersQuery, type CustomerMemberRowFragment } from '../queries';

type Feedback = { tone: 'success' | 'error'; message: string };

export function CustomerMembersTab() {
  const { customer } = useCustomerOutlet();
  const viewer = useViewer();
  const canWrite = hasPermission(viewer, 'customers:write');
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [link, setLink] = useState<MemberLink | null>(null);
  const { data, loading, error, refetch } = useQuery(CustomerMembersQuery, {
    variables: { id: customer.id },
    fetchPolicy: 'cache-and-network',
  });
  const [invite] = useMutation(MemberInvitationCreateMutation);
  const members = data?.customer?.members;

  async function inviteToPortal(member: CustomerMemberRowFragment) {
    setFeedback(null);
    try {
      const { data: result } = await invite({ variables: { input: { memberId: member.id } } });
      const payload = result?.memberInvitationCreate;
      if (payload?.invitation) {
        setLink({ kind: 'invitation', member, ...payload.invitation });
      } else {
        const reason = payload?.userErrors.map((e) => e.message).join(' ') || 'no link was made.';
        setFeedback({ tone: 'error', message: `${member.name} is not invited: ${reason}` });
      }
    } catch (caught) {
      setFeedback({ tone: 'error', message: describeError(caught, `${member.name} is not invited`) });
    }
  }

  function actionsFor(member: CustomerMemberRowFragment): MemberMenuItem[] {
    if (!canWrite) return [];
    const items: MemberMenuItem[] = [];
    if (member.active && member.portalAccess && member.email) {
      items.push({ label: 'Invite to the portal…', onSelect: () => void inviteToPortal(member) });
    }
    return items;
  }

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
      <div className="section-header">
        <h2 id="customer-members-title" className="section-title">
          Members
        </h2>
      </div>
      {feedback && (
        <p className={feedback.tone === 'success' ? 'notice notice--success' : 'alert'} role="status">
          {feedback.message}
        </p>
      )}
      {members.length === 0 ? (
        <p className="state">No one is on this account yet.</p>
      ) : (
        <MemberTable
          members={members}
          actions={
            canWrite ? (member) => <MemberRowMenu memberName={member.name} items={actionsFor(member)} /> : undefined
          }
        />
      )}
      <MemberLinkDialog link={link} onClose={() => setLink(null)} />
    </section>
  );
}
