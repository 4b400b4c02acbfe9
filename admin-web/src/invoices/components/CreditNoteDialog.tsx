import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ActionDialog } from '../../shared/components/ActionDialog';
import { applyServerErrors } from '../../shared/form-errors';
import { toMajorUnits, toMinorUnits } from '../../shared/money';
import { TextField } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import { CreditNoteCreateMutation } from '../mutations';
import type { InvoiceDetailFieldsFragment } from '../queries';

type Values = { description: string; amount: string; taxRate: string };

type Props = {
  invoice: InvoiceDetailFieldsFragment;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** A correction of an issued invoice, as one credited line (an issued invoice is never edited). */
export function CreditNoteDialog({ invoice, onDone, onClose }: Props) {
  const currency = invoice.currency;
  const [formError, setFormError] = useState<string | null>(null);
  const [create] = useMutation(CreditNoteCreateMutation, { refetchQueries: ['InvoiceList', 'CustomerInvoices'] });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { description: '', amount: '', taxRate: invoice.lines[0]?.taxRate ?? '0' },
    reValidateMode: 'onChange',
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const line = {
      description: values.description.trim(),
      quantity: '1',
      unitPrice: toMinorUnits(values.amount, currency) ?? 0,
      taxRate: values.taxRate.trim(),
    };
    try {
      const { data } = await create({ variables: { input: { invoiceId: invoice.id, lines: [line] } } });
      const payload = data?.creditNoteCreate;
      if (!payload) return;
      if (payload.creditNote) {
        onDone(`Credit note ${payload.creditNote.number ?? ''} created.`.replace('  ', ' '));
        return;
      }
      setFormError(
        applyServerErrors(payload.userErrors, setError, ['description', 'amount', 'taxRate'], {
          'lines.0.description': 'description',
          'lines.0.unitPrice': 'amount',
          'lines.0.taxRate': 'taxRate',
          lines: 'amount',
        }),
      );
    } catch (error) {
      setFormError(describeError(error, 'The credit note was not created'));
    }
  });

  return (
    <ActionDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={`Credit note for ${invoice.number ?? 'the invoice'}`}
      description="Takes an amount off the invoice. With tax, at most what is left of its total."
      onSubmit={(event) => void submit(event)}
      submitLabel="Create credit note"
      pendingLabel="Creating…"
      pending={isSubmitting}
      error={formError}
    >
      <TextField
        label="Description"
        autoComplete="off"
        autoFocus
        error={errors.description?.message}
        {...register('description', {
          validate: (value) => (value.trim() ? true : 'Say what is credited.'),
          maxLength: { value: 200, message: 'Use at most 200 characters.' },
        })}
      />
      <TextField
        label={`Amount before tax (${currency})`}
        inputMode="decimal"
        autoComplete="off"
        error={errors.amount?.message}
        {...register('amount', {
          validate: (value) => {
            const minor = toMinorUnits(value, currency);
            if (minor === null) return `Enter an amount in ${currency}, e.g. ${toMajorUnits(1250, currency)}.`;
            return minor > 0 ? true : 'Enter an amount above zero.';
          },
        })}
      />
      <TextField
        label="Tax rate (%)"
        inputMode="decimal"
        autoComplete="off"
        error={errors.taxRate?.message}
        {...register('taxRate', {
          validate: (value) => (/^\d{1,3}(\.\d{1,4})?$/.test(value.trim()) ? true : 'Enter a percentage, e.g. 21.'),
        })}
      />
    </ActionDialog>
  );
}
