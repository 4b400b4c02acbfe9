import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { OperatorRole } from '../../gql/graphql';
import { CopyField } from '../../shared/components/CopyField';
import { Dialog, DialogClose } from '../../shared/components/Dialog';
import { FormAlert, SelectField, TextField } from '../../shared/components/fields';
import { formatDateTime } from '../../shared/format';
import { describeError } from '../../shared/graphql-errors';
import { applyUserErrors } from '../../shared/user-errors';
import { OperatorInviteMutation } from '../mutations';
import type { ResellerOptionFragment } from '../queries';
import { operatorRoleHints, operatorRoleLabels, operatorRoles } from '../roles';

type Values = { email: string; name: string; role: OperatorRole; resellerId: string };

type Invited = { name: string; email: string; url: string; expiresAt: string };

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  resellers: readonly ResellerOptionFragment[];
};

/** Invite form, then the invitation link to pass on: Clientele does not email it yet. */
export function InviteOperatorDialog({ open, onOpenChange, resellers }: Props) {
  const [invited, setInvited] = useState<Invited | null>(null);

  function changeOpen(next: boolean) {
    onOpenChange(next);
    // Start afresh next time.
    if (!next) setInvited(null);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={changeOpen}
      title={invited ? `Invitation for ${invited.name}` : 'Invite operator'}
      description={invited ? undefined : 'They choose their own password when they open the invitation link.'}
    >
      {invited ? <InvitationLink invited={invited} /> : <InviteForm resellers={resellers} onInvited={setInvited} />}
    </Dialog>
  );
}

function InviteForm({
  resellers,
  onInvited,
}: {
  resellers: readonly ResellerOptionFragment[];
  onInvited: (invited: Invited) => void;
}) {
  const [invite] = useMutation(OperatorInviteMutation, { refetchQueries: ['OperatorList'] });
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { email: '', name: '', role: 'SUPPORT', resellerId: '' } });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await invite({
        variables: {
          input: {
            email: values.email.trim(),
            name: values.name.trim(),
            role: values.role,
            resellerId: values.resellerId || null,
          },
        },
      });
      const payload = data?.operatorInvite;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.invitation) {
        setFormError(
          applyUserErrors(payload.userErrors, setError, ['email', 'name', 'role', 'resellerId']) ??
            (payload.userErrors.length ? null : 'The invitation could not be created.'),
        );
        return;
      }
      onInvited({
        name: values.name.trim(),
        email: values.email.trim(),
        url: payload.invitation.url,
        expiresAt: payload.invitation.expiresAt,
      });
    } catch (error) {
      setFormError(describeError(error, 'The invitation could not be created'));
    }
  });

  const role = useWatch({ control, name: 'role' });

  return (
    <form className="dialog__form" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert message={formError} />
      <TextField
        label="Email"
        type="email"
        autoComplete="off"
        autoFocus
        error={errors.email?.message}
        {...register('email', {
          required: 'Enter their email address.',
          pattern: { value: /^[^\s@]+@[^\s@]+$/, message: 'Enter an email address like name@example.com.' },
        })}
      />
      <TextField
        label="Name"
        autoComplete="off"
        error={errors.name?.message}
        {...register('name', {
          required: 'Enter their name.',
          validate: (v) => v.trim() !== '' || 'Enter their name.',
        })}
      />
      <SelectField label="Role" hint={operatorRoleHints[role]} error={errors.role?.message} {...register('role')}>
        {operatorRoles.map((value) => (
          <option key={value} value={value}>
            {operatorRoleLabels[value]}
          </option>
        ))}
      </SelectField>
      {resellers.length > 0 && (
        <SelectField
          label="Reseller limit"
          hint="Limit them to one reseller’s customers, or let them see all."
          error={errors.resellerId?.message}
          {...register('resellerId')}
        >
          <option value="">All customers</option>
          {resellers.map((reseller) => (
            <option key={reseller.id} value={reseller.id}>
              {reseller.name}
            </option>
          ))}
        </SelectField>
      )}
      <div className="dialog__actions">
        <DialogClose className="button" type="button">
          Cancel
        </DialogClose>
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Inviting…' : 'Invite'}
        </button>
      </div>
    </form>
  );
}

function InvitationLink({ invited }: { invited: Invited }) {
  return (
    <div className="dialog__form">
      <p role="status" className="notice notice--success">
        {invited.name} is invited.
      </p>
      <p>
        Clientele does not send invitation emails yet: send this link to <strong>{invited.email}</strong> yourself. It
        works once and expires on {formatDateTime(invited.expiresAt)}.
      </p>
      <CopyField label="Invitation link" value={invited.url} mono />
      <div className="dialog__actions">
        <DialogClose className="button button--primary" type="button">
          Done
        </DialogClose>
      </div>
    </div>
  );
}
