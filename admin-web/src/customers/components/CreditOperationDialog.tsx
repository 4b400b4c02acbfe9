import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { TextField } from '../../shared/components/fields';
import { formatMoney } from '../../shared/format';
import { describeError } from '../../shared/graphql-errors';
import { applyServerErrors } from '../../shared/form-errors';
import { useIdempotencyKey } from '../../shared/idempotency';
import { toMajorUnits, toMinorUnits } from '../../shared/money';
import { CreditsAddMutation, CreditsAdjustMutation, CreditsWithdrawMutation } from '../mutations';
import type { CustomerCreditsFragment } from '../queries';
import { ActionDialog } from '../../shared/components/ActionDialog';

export type CreditOperation = 'add' | 'withdraw' | 'adjust';

type Values = { amount: string; text: string; reference: string };

const copy: Record<CreditOperation, { title: string; submit: string; pending: string; text: string; done: string }> = {
  add: { title: 'Add credits', submit: 'Add credits', pending: 'Adding…', text: 'Description', done: 'added' },
  withdraw: {
    title: 'Withdraw credits',
    submit: 'Withdraw',
    pending: 'Withdrawing…',
    text: 'Description',
    done: 'withdrawn',
  },
  adjust: { title: 'Adjust balance', submit: 'Adjust', pending: 'Adjusting…', text: 'Reason', done: 'adjusted' },
};

type Props = {
  operation: CreditOperation;
  customer: CustomerCreditsFragment;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** Add, withdraw or adjust: mount it only while open. */
export function CreditOperationDialog({ operation, customer, onDone, onClose }: Props) {
  const currency = customer.billingAccount?.currency ?? customer.currency;
  const [formError, setFormError] = useState<string | null>(null);
  const keyFor = useIdempotencyKey();
  const [add] = useMutation(CreditsAddMutation);
  const [withdraw] = useMutation(CreditsWithdrawMutation);
  const [adjust] = useMutation(CreditsAdjustMutation, { refetchQueries: ['CustomerLedger'] });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { amount: '', text: '', reference: '' }, reValidateMode: 'onChange' });
  const text = copy[operation];

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const amount = toMinorUnits(values.amount, currency, { signed: operation === 'adjust' }) ?? 0;
    const reference = values.reference.trim() || null;
    const note = values.text.trim();
    try {
      let result:
        { userErrors: readonly { field: readonly string[] | null; message: string }[]; done: boolean } | undefined;
      if (operation === 'add') {
        const input = { customerId: customer.id, amount, reference, description: note || null };
        const { data } = await add({
          variables: { input: { ...input, idempotencyKey: keyFor(input) } },
          refetchQueries: ['CustomerLedger'],
        });
        result = data && { userErrors: data.creditsAdd.userErrors, done: data.creditsAdd.entry !== null };
      } else if (operation === 'withdraw') {
        const input = { customerId: customer.id, amount, reference, description: note || null };
        const { data } = await withdraw({
          variables: { input: { ...input, idempotencyKey: keyFor(input) } },
          refetchQueries: ['CustomerLedger'],
        });
        result = data && { userErrors: data.creditsWithdraw.userErrors, done: data.creditsWithdraw.entry !== null };
      } else {
        const input = { customerId: customer.id, amount, reason: note, reference };
        const { data } = await adjust({ variables: { input: { ...input, idempotencyKey: keyFor(input) } } });
        result = data && { userErrors: data.creditsAdjust.userErrors, done: data.creditsAdjust.entry !== null };
      }
      if (!result) return;
      if (result.done) {
        onDone(`${formatMoney(toMajorUnits(Math.abs(amount), currency), currency)} ${text.done}.`);
        return;
      }
      setFormError(
        applyServerErrors(result.userErrors, setError, ['amount', 'text', 'reference'], {
          description: 'text',
          reason: 'text',
        }) ?? (result.userErrors.length ? null : `${text.title}: nothing was written.`),
      );
    } catch (error) {
      // The same input sent again reuses its key: the server writes it at most once.
      setFormError(describeError(error, `${text.title} failed`));
    }
  });

  return (
    <ActionDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={`${text.title} — ${customer.name}`}
      description={
        customer.availableCredit
          ? `Balance ${formatMoney(customer.balance?.amount ?? '0', currency)}; available ${formatMoney(customer.availableCredit.amount, currency)}.`
          : undefined
      }
      onSubmit={(event) => void submit(event)}
      submitLabel={text.submit}
      pendingLabel={text.pending}
      pending={isSubmitting}
      error={formError}
    >
      <TextField
        label={`Amount (${currency})`}
        inputMode="decimal"
        autoComplete="off"
        autoFocus
        hint={operation === 'adjust' ? 'Negative to take away, e.g. -5.00.' : undefined}
        error={errors.amount?.message}
        {...register('amount', {
          validate: (value) => {
            const minor = toMinorUnits(value, currency, { signed: operation === 'adjust' });
            if (minor === null) return `Enter an amount in ${currency}, e.g. ${toMajorUnits(1250, currency)}.`;
            if (operation !== 'adjust' && minor <= 0) return 'Enter an amount above zero.';
            if (minor === 0) return 'Enter an amount other than zero.';
            return true;
          },
        })}
      />
      <TextField
        label={text.text}
        autoComplete="off"
        error={errors.text?.message}
        {...register('text', {
          validate: (value) =>
            operation === 'adjust' && value.trim() === '' ? 'Say why the balance is corrected.' : true,
          maxLength: { value: 200, message: 'Use at most 200 characters.' },
        })}
      />
      <TextField
        label="Reference"
        autoComplete="off"
        hint={operation === 'add' ? 'E.g. the payment id.' : undefined}
        error={errors.reference?.message}
        {...register('reference', { maxLength: { value: 100, message: 'Use at most 100 characters.' } })}
      />
    </ActionDialog>
  );
}
