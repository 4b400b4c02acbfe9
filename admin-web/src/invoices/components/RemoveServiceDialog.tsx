import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ActionDialog } from '../../shared/components/ActionDialog';
import { applyServerErrors } from '../../shared/form-errors';
import { TextField } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import { todayUtc } from '../display';
import { ServiceRemoveMutation } from '../mutations';
import type { ServiceRowFragment } from '../queries';

type Props = {
  service: ServiceRowFragment;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** Ends a service: billed up to the day before its end, never deleted. */
export function RemoveServiceDialog({ service, onDone, onClose }: Props) {
  const [formError, setFormError] = useState<string | null>(null);
  const [remove] = useMutation(ServiceRemoveMutation, {
    refetchQueries: ['CustomerServices'],
    awaitRefetchQueries: true,
  });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ endDate: string }>({ defaultValues: { endDate: todayUtc() } });

  const submit = handleSubmit(async ({ endDate }) => {
    setFormError(null);
    try {
      const { data } = await remove({ variables: { input: { id: service.id, endDate: endDate || null } } });
      const payload = data?.serviceRemove;
      if (!payload) return;
      if (payload.service) {
        onDone(`${service.description} ends on ${payload.service.endDate ?? endDate}.`);
        return;
      }
      setFormError(applyServerErrors(payload.userErrors, setError, ['endDate']));
    } catch (error) {
      setFormError(describeError(error, 'The service was not removed'));
    }
  });

  return (
    <ActionDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={`Remove ${service.description}`}
      description="It is billed up to the day before it ends."
      onSubmit={(event) => void submit(event)}
      submitLabel="Remove service"
      pendingLabel="Removing…"
      pending={isSubmitting}
      error={formError}
      danger
    >
      <TextField
        label="Ends on"
        type="date"
        autoFocus
        error={errors.endDate?.message}
        {...register('endDate', { required: 'Enter the first day no longer billed.' })}
      />
    </ActionDialog>
  );
}
