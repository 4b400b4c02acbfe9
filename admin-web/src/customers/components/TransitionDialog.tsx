import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { CancellationMode, CustomerPageFieldsFragment, TransitionUserErrorFragment } from '../../gql/graphql';
import { TextAreaField, TextField } from '../../shared/components/fields';
import { formatMoney } from '../../shared/format';
import { describeError } from '../../shared/graphql-errors';
import { applyServerErrors } from '../../shared/form-errors';
import { toMajorUnits } from '../../shared/money';
import { customerTransitions, type CustomerTransition } from '../mutations';
import { transitionCopy } from '../transitions';
import { ActionDialog } from '../../shared/components/ActionDialog';

type Amount = { minorUnits: number; currency: string };
export type CloseBlockers = { balance: Amount; owed: Amount };

/** Every status change answers in this shape (its documents alias the field to `result`). */
type TransitionData = {
  result: {
    customer: CustomerPageFieldsFragment | null;
    closeBlockers?: CloseBlockers | null;
    userErrors: TransitionUserErrorFragment[];
  };
};
type TransitionInput = {
  customerId: string;
  reason?: string | null;
  mode?: CancellationMode;
  effectiveOn?: string | null;
  password?: string;
};

type Values = { reason: string; mode: CancellationMode; effectiveOn: string; password: string };
const fieldOrder = ['mode', 'effectiveOn', 'password', 'reason'] as const;

const reasonMax = 500;

const modeLabels: Record<CancellationMode, string> = {
  IMMEDIATELY: 'Immediately',
  END_OF_PERIOD: 'At the end of the billing period (end of this month)',
  ON_DATE: 'On a date',
};

/** Tomorrow in the operator's calendar, as a date input wants it: the earliest date a cancellation can take. */
function tomorrow(): string {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function amountText({ minorUnits, currency }: Amount): string {
  return formatMoney(toMajorUnits(minorUnits, currency), currency);
}

type Props = {
  transition: CustomerTransition;
  customer: Pick<CustomerPageFieldsFragment, 'id' | 'name'>;
  onDone: (message: string) => void;
  onClose: () => void;
  returnFocusTo?: HTMLElement | null;
};

/**
 * Asks for what one status change needs (a reason; the cancellation's timing; the operator's
 * password to erase) and carries it out. Mount it only while open. A refusal keeps the dialog
 * open with each message on its field; nothing changes on the server when it is refused.
 */
export function TransitionDialog({ transition, customer, onDone, onClose, returnFocusTo }: Props) {
  const copy = transitionCopy[transition];
  const client = useApolloClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [blockers, setBlockers] = useState<CloseBlockers | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { reason: '', mode: 'IMMEDIATELY', effectiveOn: '', password: '' },
    reValidateMode: 'onChange',
  });
  const mode = useWatch({ control, name: 'mode' });
  const reasonLength = useWatch({ control, name: 'reason' }).length;

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    setBlockers(null);
    const reason = values.reason.trim() || null;
    let input: TransitionInput = { customerId: customer.id, reason };
    if (copy.asks === 'password') input = { customerId: customer.id, password: values.password };
    if (copy.asks === 'cancellation') {
      input = { ...input, mode: values.mode, effectiveOn: values.mode === 'ON_DATE' ? values.effectiveOn : null };
    }
    try {
      // The documents differ only in their input type; each one's answer is aliased to `result`.
      const mutation = customerTransitions[transition] as unknown as TypedDocumentNode<
        TransitionData,
        { input: TransitionInput }
      >;
      const { data } = await client.mutate({
        mutation,
        variables: { input },
        // Members lose their details on erasure; every change is a new line of activity.
        refetchQueries: ['CustomerActivity', 'CustomerMembers', 'CustomerNotes'],
      });
      const payload = data?.result;
      if (!payload) return;
      if (payload.customer) {
        onDone(copy.done(customer.name));
        return;
      }
      setBlockers(payload.closeBlockers ?? null);
      setFormError(
        applyServerErrors(payload.userErrors, setError, fieldOrder) ??
          (payload.userErrors.length ? null : `${copy.submit}: nothing was changed.`),
      );
    } catch (error) {
      setFormError(describeError(error, `${copy.submit} failed; nothing was changed`));
    }
  });

  return (
    <ActionDialog
      open
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      title={copy.title(customer.name)}
      description={copy.description}
      onSubmit={(event) => void submit(event)}
      submitLabel={copy.submit}
      pendingLabel={copy.pending}
      pending={isSubmitting}
      error={formError}
      danger={copy.danger}
      returnFocusTo={returnFocusTo}
      footer={
        blockers && (
          <dl className="close-blockers" data-testid="close-blockers">
            <div>
              <dt>Balance</dt>
              <dd>{amountText(blockers.balance)}</dd>
            </div>
            <div>
              <dt>Owed</dt>
              <dd>{amountText(blockers.owed)}</dd>
            </div>
          </dl>
        )
      }
    >
      {copy.asks === 'cancellation' && (
        <fieldset className="fieldset">
          <legend>When</legend>
          {(Object.keys(modeLabels) as CancellationMode[]).map((value, index) => (
            <label key={value} className="checkbox checkbox--stacked">
              <input type="radio" value={value} autoFocus={index === 0} {...register('mode')} />
              <span>{modeLabels[value]}</span>
            </label>
          ))}
          {errors.mode?.message && <p className="field__error">{errors.mode.message}</p>}
        </fieldset>
      )}
      {copy.asks === 'cancellation' && mode === 'ON_DATE' && (
        <TextField
          label="Cancellation date"
          type="date"
          min={tomorrow()}
          hint="From the start of that day in the customer’s time zone."
          error={errors.effectiveOn?.message}
          {...register('effectiveOn', {
            validate: (value) => {
              if (!value) return 'Choose the date the cancellation takes effect.';
              if (value < tomorrow()) return 'Choose a date after today.';
              return true;
            },
          })}
        />
      )}
      {copy.asks === 'password' ? (
        <TextField
          label="Your password"
          type="password"
          autoComplete="current-password"
          autoFocus
          hint="Erasing cannot be undone: confirm it is you."
          error={errors.password?.message}
          {...register('password', { required: 'Enter your password.' })}
        />
      ) : (
        <TextAreaField
          label="Reason"
          rows={3}
          autoFocus={copy.asks === 'reason'}
          hint="Kept with the change in the activity log."
          counter={{ length: reasonLength, max: reasonMax }}
          error={errors.reason?.message}
          {...register('reason', {
            maxLength: { value: reasonMax, message: `Use at most ${reasonMax} characters.` },
          })}
        />
      )}
    </ActionDialog>
  );
}
