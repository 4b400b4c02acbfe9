import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ActionDialog } from '../../shared/components/ActionDialog';
import { applyServerErrors } from '../../shared/form-errors';
import type { ServicePeriod } from '../../gql/graphql';
import { SelectField, TextField } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import { servicePeriodLabels, todayUtc } from '../display';
import { ServiceCreateMutation, ServiceUpdateMutation } from '../mutations';
import type { ServiceRowFragment } from '../queries';

type Values = {
  description: string;
  unitPrice: string;
  quantity: string;
  period: ServicePeriod;
  startDate: string;
  endDate: string;
};

const fields = ['description', 'unitPrice', 'quantity', 'period', 'startDate', 'endDate'] as const;

type Props = {
  customerId: string;
  currency: string;
  /** The service to change; a new one when absent. */
  service?: ServiceRowFragment;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** Adds a service to a customer or changes one; mount it only while open. */
export function ServiceDialog({ customerId, currency, service, onDone, onClose }: Props) {
  const [formError, setFormError] = useState<string | null>(null);
  const [create] = useMutation(ServiceCreateMutation, {
    refetchQueries: ['CustomerServices'],
    awaitRefetchQueries: true,
  });
  const [update] = useMutation(ServiceUpdateMutation, {
    refetchQueries: ['CustomerServices'],
    awaitRefetchQueries: true,
  });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      description: service?.description ?? '',
      unitPrice: service?.unitPrice.amount ?? '',
      quantity: service?.quantity ?? '1',
      period: service?.period ?? 'MONTHLY',
      startDate: service?.startDate ?? todayUtc(),
      endDate: service?.endDate ?? '',
    },
    reValidateMode: 'onChange',
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const input = {
      description: values.description.trim(),
      unitPrice: values.unitPrice.trim(),
      quantity: values.quantity.trim(),
      period: values.period,
      startDate: values.startDate,
      endDate: values.endDate || null,
    };
    try {
      const payload = service
        ? (await update({ variables: { input: { id: service.id, ...input } } })).data?.serviceUpdate
        : (await create({ variables: { input: { customerId, ...input } } })).data?.serviceCreate;
      if (!payload) return;
      if (payload.service) {
        onDone(service ? `${input.description} is saved.` : `${input.description} is added.`);
        return;
      }
      setFormError(applyServerErrors(payload.userErrors, setError, fields));
    } catch (error) {
      setFormError(describeError(error, 'The service was not saved'));
    }
  });

  return (
    <ActionDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={service ? `Edit ${service.description}` : 'Add a service'}
      onSubmit={(event) => void submit(event)}
      submitLabel={service ? 'Save service' : 'Add service'}
      pendingLabel="Saving…"
      pending={isSubmitting}
      error={formError}
    >
      <TextField
        label="Description"
        autoComplete="off"
        autoFocus
        hint="The plan or what is sold, as invoices show it."
        error={errors.description?.message}
        {...register('description', {
          validate: (value) => (value.trim() ? true : 'Say what is sold.'),
          maxLength: { value: 200, message: 'Use at most 200 characters.' },
        })}
      />
      <TextField
        label={`Unit price (${currency})`}
        inputMode="decimal"
        autoComplete="off"
        error={errors.unitPrice?.message}
        {...register('unitPrice', {
          validate: (value) => (/^\d+([.,]\d+)?$/.test(value.trim()) ? true : 'Enter a price, e.g. 19.99.'),
        })}
      />
      <TextField
        label="Quantity"
        inputMode="decimal"
        autoComplete="off"
        error={errors.quantity?.message}
        {...register('quantity', {
          validate: (value) =>
            /^\d+(\.\d+)?$/.test(value.trim()) && Number(value) > 0 ? true : 'Enter a quantity above zero.',
        })}
      />
      <SelectField label="Period" error={errors.period?.message} {...register('period')}>
        {(Object.keys(servicePeriodLabels) as ServicePeriod[]).map((period) => (
          <option key={period} value={period}>
            {servicePeriodLabels[period]}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Starts on"
        type="date"
        error={errors.startDate?.message}
        {...register('startDate', { required: 'Enter the first day billed.' })}
      />
      <TextField
        label="Ends on"
        type="date"
        hint="The first day no longer billed; leave empty while it runs."
        error={errors.endDate?.message}
        {...register('endDate')}
      />
    </ActionDialog>
  );
}
