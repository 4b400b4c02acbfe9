import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { hasPermission, useViewer } from '../../platform/viewer';
import { ConfirmDialog } from '../../shared/components/ConfirmDialog';
import { describeError } from '../../shared/graphql-errors';
import { MemberDialog, type SaveOutcome } from '../components/MemberDialog';
import { MemberLinkDialog, type MemberLink } from '../components/MemberLinkDialog';
import { MemberRowMenu, type MemberMenuItem } from '../components/MemberRowMenu';
import { MemberTable } from '../components/MemberTable';
import { useCustomerOutlet } from '../customer-outlet';
import { toMemberCreateInput, toMemberUpdateInput, type MemberFormOutput } from '../member-form';
import {
  CustomerOwnershipTransferMutation,
  MemberCreateMutation,
  MemberDeactivateMutation,
  MemberInvitationCreateMutation,
  MemberPasswordResetCreateMutation,
  MemberReactivateMutation,
  MemberUpdateMutation,
} from '../mutations';
import { CustomerMembersQuery, type CustomerMemberRowFragment } from '../queries';

type Feedback = { tone: 'success' | 'error'; message: string };
/** The dialog open now, if any. */
type Open =
  | { kind: 'add' }
  | { kind: 'edit' | 'transfer' | 'deactivate'; member: CustomerMemberRowFragment; returnTo: HTMLElement | null }
  | null;

const userErrorText = (errors: readonly { message: string }[]) => errors.map((e) => e.message).join(' ');

export function CustomerMembersTab() {
  const { customer } = useCustomerOutlet();
  const viewer = useViewer();
  const canWrite = hasPermission(viewer, 'customers:write');
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [link, setLink] = useState<MemberLink | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const { data, loading, error, refetch } = useQuery(CustomerMembersQuery, {
    variables: { id: customer.id },
    fetchPolicy: 'cache-and-network',
  });
  const refetchMembers = { refetchQueries: ['CustomerMembers'] };
  const [create] = useMutation(MemberCreateMutation, refetchMembers);
  const [update] = useMutation(MemberUpdateMutation);
  const [deactivate] = useMutation(MemberDeactivateMutation);
  const [reactivate] = useMutation(MemberReactivateMutation);
  const [transfer] = useMutation(CustomerOwnershipTransferMutation);
  const [invite] = useMutation(MemberInvitationCreateMutation);
  const [resetPassword] = useMutation(MemberPasswordResetCreateMutation);
  const members = data?.customer?.members;
  const hasOwner = members?.some((member) => member.role === 'OWNER' && member.active) ?? false;

  async function save(member: CustomerMemberRowFragment | null, values: MemberFormOutput): Promise<SaveOutcome> {
    try {
      if (member === null) {
        const { data: result } = await create({ variables: { input: toMemberCreateInput(customer.id, values) } });
        const payload = result?.memberCreate;
        if (!payload?.member) return { done: false, userErrors: payload?.userErrors ?? [] };
        setFeedback({ tone: 'success', message: `${payload.member.name} is added.` });
      } else {
        const input = toMemberUpdateInput(member, values);
        if (Object.keys(input).length > 1) {
          const { data: result } = await update({ variables: { input } });
          const payload = result?.memberUpdate;
          if (!payload?.member) return { done: false, userErrors: payload?.userErrors ?? [] };
        }
        setFeedback({ tone: 'success', message: `${values.name} is saved.` });
      }
      setOpen(null);
      return { done: true };
    } catch (caught) {
      return { error: describeError(caught, 'The member was not saved') };
    }
  }

  /** Runs a one-click action and reports it above the table. */
  async function act(what: string, run: () => Promise<readonly { message: string }[] | null>, done: string) {
    setFeedback(null);
    try {
      const errors = await run();
      setFeedback(
        errors === null
          ? { tone: 'success', message: done }
          : { tone: 'error', message: `${what}: ${userErrorText(errors)}` },
      );
    } catch (caught) {
      setFeedback({ tone: 'error', message: describeError(caught, what) });
    }
  }

  async function makeLink(member: CustomerMemberRowFragment, kind: MemberLink['kind']) {
    setFeedback(null);
    const failed = kind === 'invitation' ? `${member.name} is not invited` : `No reset link for ${member.name}`;
    try {
      if (kind === 'invitation') {
        const { data: result } = await invite({ variables: { input: { memberId: member.id } } });
        const payload = result?.memberInvitationCreate;
        if (payload?.invitation) return setLink({ kind, member, ...payload.invitation });
        setFeedback({ tone: 'error', message: `${failed}: ${userErrorText(payload?.userErrors ?? [])}` });
      } else {
        const { data: result } = await resetPassword({ variables: { input: { memberId: member.id } } });
        const payload = result?.memberPasswordResetCreate;
        if (payload?.link) return setLink({ kind, member, ...payload.link });
        setFeedback({ tone: 'error', message: `${failed}: ${userErrorText(payload?.userErrors ?? [])}` });
      }
    } catch (caught) {
      setFeedback({ tone: 'error', message: describeError(caught, failed) });
    }
  }

  function actionsFor(member: CustomerMemberRowFragment): MemberMenuItem[] {
    if (!canWrite) return [];
    if (!member.active) {
      return [
        {
          label: 'Reactivate',
          onSelect: () =>
            void act(
              `${member.name} is not reactivated`,
              async () => {
                const { data: result } = await reactivate({ variables: { input: { id: member.id } } });
                return result?.memberReactivate.member ? null : (result?.memberReactivate.userErrors ?? []);
              },
              `${member.name} is active again.`,
            ),
        },
      ];
    }
    const items: MemberMenuItem[] = [
      { label: 'Edit…', onSelect: (returnTo) => setOpen({ kind: 'edit', member, returnTo }) },
    ];
    if (member.role !== 'OWNER') {
      items.push({ label: 'Make owner…', onSelect: (returnTo) => setOpen({ kind: 'transfer', member, returnTo }) });
    }
    if (member.portalAccess && member.email) {
      items.push({ label: 'Invite to the portal…', onSelect: () => void makeLink(member, 'invitation') });
      items.push({ label: 'Reset portal password…', onSelect: () => void makeLink(member, 'password-reset') });
    }
    if (member.role !== 'OWNER') {
      items.push({ label: 'Deactivate…', onSelect: (returnTo) => setOpen({ kind: 'deactivate', member, returnTo }) });
    }
    return items;
  }

  let content;
  if (!members && loading) {
    content = (
      <p className="state" role="status">
        Loading members…
      </p>
    );
  } else if (!members) {
    content = (
      <div className="state state--error" role="alert">
        <p>{error ? 'Members could not be loaded.' : 'This customer is no longer visible.'}</p>
        <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </button>
      </div>
    );
  } else if (members.length === 0) {
    content = <p className="state">No one is on this account yet.</p>;
  } else {
    content = (
      <MemberTable
        members={members}
        actions={
          canWrite ? (member) => <MemberRowMenu memberName={member.name} items={actionsFor(member)} /> : undefined
        }
      />
    );
  }

  const owner = members?.find((member) => member.role === 'OWNER' && member.active);

  return (
    <section className="page" aria-labelledby="customer-members-title">
      <div className="section-header">
        <h2 id="customer-members-title" className="section-title">
          Members
        </h2>
        {canWrite && members && (
          <button type="button" className="button button--primary" onClick={() => setOpen({ kind: 'add' })}>
            Add member
          </button>
        )}
      </div>
      {feedback && (
        <p className={feedback.tone === 'success' ? 'notice notice--success' : 'alert'} role="status">
          {feedback.message}
        </p>
      )}
      {content}
      {(open?.kind === 'add' || open?.kind === 'edit') && (
        <MemberDialog
          member={open.kind === 'edit' ? open.member : null}
          hasOwner={hasOwner}
          onSave={(values) => save(open.kind === 'edit' ? open.member : null, values)}
          onClose={() => setOpen(null)}
          returnFocusTo={open.kind === 'edit' ? open.returnTo : undefined}
        />
      )}
      <ConfirmDialog
        open={open?.kind === 'transfer'}
        onOpenChange={(next) => !next && setOpen(null)}
        title={open?.kind === 'transfer' ? `Make ${open.member.name} the owner?` : ''}
        description={
          open?.kind === 'transfer'
            ? `${open.member.name} becomes the account holder${owner ? `; ${owner.name} becomes an admin` : ''}. Service assignments stay where they are.`
            : ''
        }
        returnFocusTo={open?.kind === 'transfer' ? open.returnTo : undefined}
        confirmLabel="Make owner"
        pendingLabel="Transferring…"
        onConfirm={async () => {
          if (open?.kind !== 'transfer') return null;
          try {
            const { data: result } = await transfer({
              variables: { input: { customerId: customer.id, memberId: open.member.id } },
            });
            const payload = result?.customerOwnershipTransfer;
            if (!payload?.owner) return userErrorText(payload?.userErrors ?? []) || 'Ownership did not move.';
            setFeedback({ tone: 'success', message: `${payload.owner.name} is now the owner.` });
            return null;
          } catch (caught) {
            return describeError(caught, 'Ownership did not move');
          }
        }}
      />
      <ConfirmDialog
        open={open?.kind === 'deactivate'}
        onOpenChange={(next) => !next && setOpen(null)}
        title={open?.kind === 'deactivate' ? `Deactivate ${open.member.name}?` : ''}
        description="They can no longer sign in to the portal and their sessions end. Members are never deleted; you can reactivate them."
        returnFocusTo={open?.kind === 'deactivate' ? open.returnTo : undefined}
        confirmLabel="Deactivate"
        pendingLabel="Deactivating…"
        onConfirm={async () => {
          if (open?.kind !== 'deactivate') return null;
          try {
            const { data: result } = await deactivate({ variables: { input: { id: open.member.id } } });
            const payload = result?.memberDeactivate;
            if (!payload?.member) return userErrorText(payload?.userErrors ?? []) || 'The member was not deactivated.';
            setFeedback({ tone: 'success', message: `${payload.member.name} is deactivated.` });
            return null;
          } catch (caught) {
            return describeError(caught, 'The member was not deactivated');
          }
        }}
      />
      <MemberLinkDialog link={link} onClose={() => setLink(null)} />
    </section>
  );
}
