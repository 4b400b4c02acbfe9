import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { FormProvider, useForm, type Path } from 'react-hook-form';
import { ActionDialog } from '../../shared/components/ActionDialog';
import { TextField } from '../../shared/components/fields';
import { applyServerErrors } from '../../shared/form-errors';
import { describeError } from '../../shared/graphql-errors';
import { toMinorUnits } from '../../shared/money';
import { addDaysUtc, quoteReference, todayUtc } from '../display';
import { percentToPpm } from '../line-pricing';
import { QuoteCreateMutation } from '../mutations';
import { emptyLine, LineItemsEditor, lineFieldPaths, type LineItemValues } from './LineItemsEditor';

type Values = { validUntil: string; lines: LineItemValues[] };

/** What the API takes on one quote. */
const maxLines = 100;
/** How long a new quote is valid unless changed: a month, a common offer period. */
const defaultValidityDays = 30;

type Props = {
  customerId: string;
  currency: string;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** Writes a DRAFT quote for a customer, line by line, in the customer's currency; mount it only while open. */
export function QuoteDialog({ customerId, currency, onDone, onClose }: Props) {
  const [formError, setFormError] = useState<string | null>(null);
  const [create] = useMutation(QuoteCreateMutation, { refetchQueries: ['CustomerQuotes'], awaitRefetchQueries: true });
  const today = todayUtc();
  const form = useForm<Values>({
    defaultValues: { validUntil: addDaysUtc(today, defaultValidityDays), lines: [{ ...emptyLine }] },
    reValidateMode: 'onChange',
  });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const input = {
      customerId,
      validUntil: values.validUntil,
      lines: values.lines.map((line) => ({
        description: line.description.trim(),
        quantity: line.quantity.trim(),
        unitAmount: toMinorUnits(line.unitPrice, currency) ?? 0,
        taxRatePpm: percentToPpm(line.taxRate) ?? 0,
      })),
    };
    try {
      const { data } = await create({ variables: { input } });
      const payload = data?.quoteCreate;
      if (!payload) return;
      if (payload.quote) {
        onDone(`Quote ${quoteReference(payload.quote.id)} is saved as a draft.`);
        return;
      }
      // The API names the lines' fields as it takes them: minor units and parts per million.
      const fields: Path<Values>[] = ['validUntil', ...values.lines.flatMap((_, index) => lineFieldPaths(index))];
      const aliases: Record<string, Path<Values>> = {};
      values.lines.forEach((_, index) => {
        aliases[`lines.${index}.unitAmount`] = `lines.${index}.unitPrice`;
        aliases[`lines.${index}.taxRatePpm`] = `lines.${index}.taxRate`;
      });
      setFormError(applyServerErrors(payload.userErrors, setError, fields, aliases));
    } catch (error) {
      setFormError(describeError(error, 'The quote was not saved'));
    }
  });

  return (
    <ActionDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title="New quote"
      description={`Prices in ${currency}, the customer's currency, before tax. The quote stays a draft until it is sent.`}
      onSubmit={(event) => void submit(event)}
      submitLabel="Save quote"
      pendingLabel="Saving…"
      pending={isSubmitting}
      error={formError}
      wide
    >
      <FormProvider {...form}>
        <TextField
          label="Valid until"
          type="date"
          min={today}
          autoFocus
          hint="The last day the customer may accept it; today or later."
          error={errors.validUntil?.message}
          {...register('validUntil', { required: 'Enter the last day the quote may be accepted.' })}
        />
        <LineItemsEditor currency={currency} maxLines={maxLines} />
      </FormProvider>
    </ActionDialog>
  );
}
