import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ActionDialog } from '../../shared/components/ActionDialog';
import { applyServerErrors } from '../../shared/form-errors';
import { TextField } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import { InvoiceVoidMutation } from '../mutations';
import type { InvoiceDetailFieldsFragment } from '../queries';

type Values = { reason: string; confirmed: boolean };

type Props = {
  invoice: InvoiceDetailFieldsFragment;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** Voids an invoice nothing was paid on, with a reason and an explicit confirmation. */
export function VoidInvoiceDialog({ invoice, onDone, onClose }: Props) {
  const [formError, setFormError] = useState<string | null>(null);
  const [voidInvoice] = useMutation(InvoiceVoidMutation, { refetchQueries: ['InvoiceList', 'CustomerInvoices'] });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { reason: '', confirmed: false } });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await voidInvoice({
        variables: { input: { invoiceId: invoice.id, reason: values.reason.trim() } },
      });
      const payload = data?.invoiceVoid;
      if (!payload) return;
      if (payload.invoice && payload.userErrors.length === 0) {
        onDone(`${invoice.number ?? 'The invoice'} is void.`);
        return;
      }
      setFormError(applyServerErrors(payload.userErrors, setError, ['reason']));
    } catch (error) {
      setFormError(describeError(error, 'The invoice was not voided'));
    }
  });

  return (
    <ActionDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={`Void ${invoice.number ?? 'the invoice'}`}
      description="A void invoice is owed no more and cannot be reopened; its number stays taken."
      onSubmit={(event) => void submit(event)}
      submitLabel="Void invoice"
      pendingLabel="Voiding…"
      pending={isSubmitting}
      error={formError}
      danger
    >
      <TextField
        label="Reason"
        autoComplete="off"
        autoFocus
        error={errors.reason?.message}
        {...register('reason', {
          validate: (value) => (value.trim() ? true : 'Say why the invoice is voided.'),
          maxLength: { value: 500, message: 'Use at most 500 characters.' },
        })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          aria-invalid={errors.confirmed ? true : undefined}
          {...register('confirmed', { validate: (value) => value || 'Confirm that the invoice is to be voided.' })}
        />{' '}
        I understand that voiding cannot be undone.
      </label>
      {errors.confirmed && <p className="field__error">{errors.confirmed.message}</p>}
    </ActionDialog>
  );
}
