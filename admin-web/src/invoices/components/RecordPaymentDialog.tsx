import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ActionDialog } from '../../shared/components/ActionDialog';
import { applyServerErrors } from '../../shared/form-errors';
import { useIdempotencyKey } from '../../shared/idempotency';
import { toMajorUnits, toMinorUnits } from '../../shared/money';
import type { PaymentMethod } from '../../gql/graphql';
import { SelectField, TextField } from '../../shared/components/fields';
import { formatMoney } from '../../shared/format';
import { describeError } from '../../shared/graphql-errors';
import { paymentMethodLabels, todayUtc } from '../display';
import { InvoicePaymentRecordMutation } from '../mutations';
import type { InvoiceDetailFieldsFragment } from '../queries';

type Values = { amount: string; method: PaymentMethod; reference: string; paidOn: string };

type Props = {
  invoice: InvoiceDetailFieldsFragment;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** Money received against an OPEN or OVERDUE invoice; mount it only while open. */
export function RecordPaymentDialog({ invoice, onDone, onClose }: Props) {
  const currency = invoice.currency;
  const [formError, setFormError] = useState<string | null>(null);
  // One key per dialog and input: a retry after a lost answer records the payment once.
  const keyFor = useIdempotencyKey();
  const [record] = useMutation(InvoicePaymentRecordMutation, { refetchQueries: ['InvoiceList', 'CustomerInvoices'] });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      amount: toMajorUnits(invoice.amountDue.minorUnits, currency),
      method: 'BANK_TRANSFER',
      reference: '',
      paidOn: todayUtc(),
    },
    reValidateMode: 'onChange',
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const input = {
      invoiceId: invoice.id,
      amount: toMinorUnits(values.amount, currency) ?? 0,
      method: values.method,
      reference: values.reference.trim() || null,
      paidOn: values.paidOn || null,
    };
    try {
      const { data } = await record({ variables: { input: { ...input, idempotencyKey: keyFor(input) } } });
      const payload = data?.invoicePaymentRecord;
      if (!payload) return;
      if (payload.payment) {
        onDone(`Payment of ${formatMoney(toMajorUnits(input.amount, currency), currency)} recorded.`);
        return;
      }
      setFormError(
        applyServerErrors(payload.userErrors, setError, ['amount', 'method', 'reference', 'paidOn']) ??
          (payload.userErrors.length ? null : 'The payment was not recorded.'),
      );
    } catch (error) {
      setFormError(describeError(error, 'The payment was not recorded'));
    }
  });

  return (
    <ActionDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={`Record a payment — ${invoice.number ?? 'draft'}`}
      description={`Amount due ${formatMoney(invoice.amountDue.amount, currency)}. More than that becomes credit on the customer's balance.`}
      onSubmit={(event) => void submit(event)}
      submitLabel="Record payment"
      pendingLabel="Recording…"
      pending={isSubmitting}
      error={formError}
    >
      <TextField
        label={`Amount (${currency})`}
        inputMode="decimal"
        autoComplete="off"
        autoFocus
        error={errors.amount?.message}
        {...register('amount', {
          validate: (value) => {
            const minor = toMinorUnits(value, currency);
            if (minor === null) return `Enter an amount in ${currency}, e.g. ${toMajorUnits(1250, currency)}.`;
            return minor > 0 ? true : 'Enter an amount above zero.';
          },
        })}
      />
      <SelectField label="Method" error={errors.method?.message} {...register('method')}>
        {(Object.keys(paymentMethodLabels) as PaymentMethod[]).map((method) => (
          <option key={method} value={method}>
            {paymentMethodLabels[method]}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Reference"
        autoComplete="off"
        hint="E.g. the bank transfer's reference."
        error={errors.reference?.message}
        {...register('reference', { maxLength: { value: 100, message: 'Use at most 100 characters.' } })}
      />
      <TextField
        label="Paid on"
        type="date"
        error={errors.paidOn?.message}
        {...register('paidOn', { required: 'Enter the day the money arrived.' })}
      />
    </ActionDialog>
  );
}
