import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { TextField } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import { applyServerErrors } from '../../shared/form-errors';
import { CustomerAccountNumberChangeMutation } from '../mutations';
import type { CustomerPageFieldsFragment } from '../queries';
import { ActionDialog } from '../../shared/components/ActionDialog';

type Values = { accountNumber: string; swap: boolean };

/** As the API takes it: letters, digits, dots, dashes and underscores, at most 32. */
const accountNumberPattern = /^[A-Za-z0-9._-]{1,32}$/;

type Props = {
  customer: Pick<CustomerPageFieldsFragment, 'id' | 'name' | 'accountNumber'>;
  onDone: (message: string) => void;
  onClose: () => void;
  returnFocusTo?: HTMLElement | null;
};

/**
 * A new account number: any free one, or, once the number turns out to be taken, a swap with
 * the customer holding it (both change at once). Mount it only while open.
 */
export function AccountNumberDialog({ customer, onDone, onClose, returnFocusTo }: Props) {
  const [change] = useMutation(CustomerAccountNumberChangeMutation, { refetchQueries: ['CustomerActivity'] });
  const [formError, setFormError] = useState<string | null>(null);
  // The swap is offered once the server says the number is taken, not before: most changes need none.
  const [taken, setTaken] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { accountNumber: '', swap: false }, reValidateMode: 'onChange' });
  const accountNumber = useWatch({ control, name: 'accountNumber' }).trim();
  const swap = useWatch({ control, name: 'swap' });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const wanted = values.accountNumber.trim();
    try {
      const { data } = await change({
        variables: { input: { customerId: customer.id, accountNumber: wanted, swap: values.swap && taken === wanted } },
      });
      const payload = data?.customerAccountNumberChange;
      if (!payload) return;
      if (payload.customer) {
        const swapped = payload.swappedWith;
        onDone(
          swapped
            ? `The account number is now ${payload.customer.accountNumber}; ${swapped.name} has ${swapped.accountNumber}.`
            : `The account number is now ${payload.customer.accountNumber}.`,
        );
        return;
      }
      if (payload.userErrors.some((error) => error.code === 'TAKEN')) setTaken(wanted);
      setFormError(
        applyServerErrors(payload.userErrors, setError, ['accountNumber']) ??
          (payload.userErrors.length ? null : 'The account number was not changed.'),
      );
    } catch (error) {
      setFormError(describeError(error, 'The account number was not changed'));
    }
  });

  return (
    <ActionDialog
      open
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      title={`Change the account number of ${customer.name}`}
      description={`Now ${customer.accountNumber}. The old number stays in the customer’s history and still finds it.`}
      onSubmit={(event) => void submit(event)}
      submitLabel={taken !== null && taken === accountNumber && swap ? 'Swap numbers' : 'Change number'}
      pendingLabel="Changing…"
      pending={isSubmitting}
      error={formError}
      returnFocusTo={returnFocusTo}
    >
      <TextField
        label="New account number"
        autoComplete="off"
        autoFocus
        className="table__mono"
        error={errors.accountNumber?.message}
        {...register('accountNumber', {
          validate: (value) => {
            const trimmed = value.trim();
            if (!trimmed) return 'Enter the new account number.';
            if (!accountNumberPattern.test(trimmed)) {
              return 'Use at most 32 letters, digits, dots, dashes and underscores.';
            }
            if (trimmed === customer.accountNumber) return 'This is already the customer’s number.';
            return true;
          },
        })}
      />
      {taken !== null && taken === accountNumber && (
        <label className="checkbox checkbox--stacked">
          <input type="checkbox" {...register('swap')} />
          <span>
            Swap the two numbers
            <span className="field__hint">
              The customer holding {taken} gets {customer.accountNumber} in exchange, at the same moment.
            </span>
          </span>
        </label>
      )}
    </ActionDialog>
  );
}
