import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ActionDialog } from '../../shared/components/ActionDialog';
import { TextField } from '../../shared/components/fields';
import { applyServerErrors } from '../../shared/form-errors';
import { describeError } from '../../shared/graphql-errors';
import { quoteReference } from '../display';
import { QuoteDeclineMutation } from '../mutations';
import type { QuoteRowFragment } from '../queries';

type Props = {
  quote: QuoteRowFragment;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** Records that the customer declined a SENT quote, and why if they said; mount it only while open. */
export function DeclineQuoteDialog({ quote, onDone, onClose }: Props) {
  const reference = quoteReference(quote.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [decline] = useMutation(QuoteDeclineMutation, { refetchQueries: ['CustomerQuotes'] });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ reason: string }>({ defaultValues: { reason: '' } });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await decline({
        variables: { input: { quoteId: quote.id, reason: values.reason.trim() || null } },
      });
      const payload = data?.quoteDecline;
      if (!payload) return;
      if (payload.quote && payload.userErrors.length === 0) {
        onDone(`Quote ${reference} is declined.`);
        return;
      }
      setFormError(applyServerErrors(payload.userErrors, setError, ['reason']));
    } catch (error) {
      setFormError(describeError(error, 'The quote was not declined'));
    }
  });

  return (
    <ActionDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={`Decline quote ${reference}`}
      description="Records that the customer turned the offer down. A declined quote cannot be accepted any more."
      onSubmit={(event) => void submit(event)}
      submitLabel="Decline quote"
      pendingLabel="Declining…"
      pending={isSubmitting}
      error={formError}
      danger
    >
      <TextField
        label="Reason (optional)"
        autoComplete="off"
        autoFocus
        hint="What the customer said, if anything."
        error={errors.reason?.message}
        {...register('reason', { maxLength: { value: 500, message: 'Use at most 500 characters.' } })}
      />
    </ActionDialog>
  );
}
