import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { SelectField, TextField } from '../../shared/components/fields';
import type { UserErrorLike } from '../../shared/user-errors';
import { memberRoleLabels, recipientStatusLabels } from '../display';
import { applyServerErrors } from '../../shared/form-errors';
import {
  memberFormFields,
  memberFormSchema,
  memberFormValues,
  type MemberFormOutput,
  type MemberFormValues,
} from '../member-form';
import type { CustomerMemberRowFragment } from '../queries';
import { ActionDialog } from '../../shared/components/ActionDialog';

/** What saving answered: nothing to show (done), the server's userErrors, or a failure. */
export type SaveOutcome = { done: true } | { done: false; userErrors: readonly UserErrorLike[] } | { error: string };

type Props = {
  /** The member being edited, or null to add one. */
  member: CustomerMemberRowFragment | null;
  /** Whether the account has an owner; the first member added may be made the owner. */
  hasOwner: boolean;
  onSave: (values: MemberFormOutput) => Promise<SaveOutcome>;
  onClose: () => void;
  returnFocusTo?: HTMLElement | null;
};

/** Add or edit a member. Mount it only while open, so each opening starts from the member as it is. */
export function MemberDialog({ member, hasOwner, onSave, onClose, returnFocusTo }: Props) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MemberFormValues, unknown, MemberFormOutput>({
    defaultValues: memberFormValues(member),
    resolver: zodResolver(memberFormSchema),
    reValidateMode: 'onChange',
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const outcome = await onSave(values);
    if ('error' in outcome) setFormError(outcome.error);
    else if (!outcome.done) {
      setFormError(
        applyServerErrors(outcome.userErrors, setError, memberFormFields) ??
          (outcome.userErrors.length ? null : 'The member was not saved.'),
      );
    }
  });

  // OWNER is offered only when adding to an account without one; afterwards ownership moves by transfer.
  const roles =
    member?.role === 'OWNER'
      ? (['OWNER'] as const)
      : hasOwner || member
        ? (['ADMIN', 'MEMBER'] as const)
        : (['OWNER', 'ADMIN', 'MEMBER'] as const);

  return (
    <ActionDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={member ? `Edit ${member.name}` : 'Add member'}
      onSubmit={(event) => void submit(event)}
      submitLabel={member ? 'Save' : 'Add member'}
      pendingLabel={member ? 'Saving…' : 'Adding…'}
      pending={isSubmitting}
      error={formError}
      returnFocusTo={returnFocusTo}
    >
      <TextField label="Name" autoFocus autoComplete="off" error={errors.name?.message} {...register('name')} />
      <TextField
        label="Email"
        type="email"
        autoComplete="off"
        spellCheck={false}
        hint="Unique among the account’s members."
        error={errors.email?.message}
        {...register('email')}
      />
      <TextField
        label="Phone"
        type="tel"
        autoComplete="off"
        hint="International form, e.g. +447700900123."
        error={errors.phone?.message}
        {...register('phone')}
      />
      <SelectField
        label="Role"
        hint={member?.role === 'OWNER' ? 'Make another member the owner to change this.' : undefined}
        error={errors.role?.message}
        {...register('role')}
      >
        {roles.map((role) => (
          <option key={role} value={role}>
            {memberRoleLabels[role]}
          </option>
        ))}
      </SelectField>
      <label className="checkbox checkbox--stacked">
        <input type="checkbox" {...register('portalAccess')} />
        <span>
          Portal access
          <span className="field__hint">Without it the member is a contact and cannot sign in.</span>
        </span>
      </label>
      <SelectField
        label="As a recipient"
        hint="A paid recipient adds a recurring charge."
        error={errors.recipientStatus?.message}
        {...register('recipientStatus')}
      >
        {(['FREE', 'PAID', 'INACTIVE'] as const).map((status) => (
          <option key={status} value={status}>
            {recipientStatusLabels[status]}
          </option>
        ))}
      </SelectField>
    </ActionDialog>
  );
}
