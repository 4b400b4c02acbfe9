import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { TextField } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import { FxRateRemoveMutation, FxRateSetMutation } from '../mutations';
import { useSettingsSubmit } from '../use-settings-submit';
import { SettingsForm } from './SettingsForm';

type Rate = { baseCurrency: string; quoteCurrency: string; rate: string };
type Values = { baseCurrency: string; quoteCurrency: string; rate: string };

type Props = {
  rates: readonly Rate[];
  /** One customer's own rates, which override the partner's; the partner's when absent. */
  customerId?: string;
  editable: boolean;
  /** The queries that show these rates. */
  refetch: string[];
};

/** Exchange rates: the list, a form that sets one (replacing the same pair), and removing one. */
export function FxRatesCard({ rates, customerId, editable, refetch }: Props) {
  const [set] = useMutation(FxRateSetMutation, { refetchQueries: refetch });
  const [remove] = useMutation(FxRateRemoveMutation, { refetchQueries: refetch });
  const [removeError, setRemoveError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { baseCurrency: '', quoteCurrency: '', rate: '' } });
  const { message, run } = useSettingsSubmit(setError, ['baseCurrency', 'quoteCurrency', 'rate']);
  const who = customerId ? 'this customer' : 'your customers';

  const submit = handleSubmit(async (values) => {
    const input = {
      baseCurrency: values.baseCurrency.trim().toUpperCase(),
      quoteCurrency: values.quoteCurrency.trim().toUpperCase(),
      rate: values.rate.trim(),
      customerId: customerId ?? null,
    };
    const saved = await run(
      async () => (await set({ variables: { input } })).data?.fxRateSet,
      `1 ${input.baseCurrency} = ${input.rate} ${input.quoteCurrency} is saved.`,
    );
    if (saved) reset();
  });

  async function removeRate(rate: Rate) {
    setRemoveError(null);
    try {
      const { data } = await remove({
        variables: {
          input: { baseCurrency: rate.baseCurrency, quoteCurrency: rate.quoteCurrency, customerId: customerId ?? null },
        },
      });
      const errors = data?.fxRateRemove.userErrors ?? [];
      if (errors.length) setRemoveError(errors.map((error) => error.message).join(' '));
    } catch (error) {
      setRemoveError(describeError(error, 'The rate was not removed'));
    }
  }

  return (
    <div className="page">
      <SettingsForm
        label={customerId ? 'Custom exchange rates' : 'Exchange rates'}
        title={customerId ? 'Custom exchange rates' : 'Exchange rates'}
        description={
          customerId
            ? "Used for this customer's invoices instead of the partner's rates for the same currencies."
            : `Convert prices into the currency ${who} are invoiced in.`
        }
        onSubmit={(event) => void submit(event)}
        submitLabel="Set rate"
        pending={isSubmitting}
        editable={editable}
        message={message}
      >
        <TextField
          label="Base currency"
          autoComplete="off"
          maxLength={3}
          error={errors.baseCurrency?.message}
          {...register('baseCurrency', {
            validate: (value) => (/^[A-Za-z]{3}$/.test(value.trim()) ? true : 'Enter a currency code, e.g. USD.'),
          })}
        />
        <TextField
          label="Quote currency"
          autoComplete="off"
          maxLength={3}
          error={errors.quoteCurrency?.message}
          {...register('quoteCurrency', {
            validate: (value) => (/^[A-Za-z]{3}$/.test(value.trim()) ? true : 'Enter a currency code, e.g. EUR.'),
          })}
        />
        <TextField
          label="Rate"
          inputMode="decimal"
          autoComplete="off"
          hint="Units of the quote currency per unit of the base currency."
          error={errors.rate?.message}
          {...register('rate', {
            validate: (value) =>
              /^\d+(\.\d+)?$/.test(value.trim()) && Number(value) > 0 ? true : 'Enter a rate above zero.',
          })}
        />
      </SettingsForm>
      {removeError && (
        <p className="notice notice--error" role="alert">
          {removeError}
        </p>
      )}
      {rates.length === 0 ? (
        <p className="state">No exchange rates set.</p>
      ) : (
        <ul className="plain-list" aria-label={customerId ? 'Custom exchange rates' : 'Exchange rates'}>
          {rates.map((rate) => (
            <li key={`${rate.baseCurrency}-${rate.quoteCurrency}`} className="setting-row">
              <span>
                1 {rate.baseCurrency} = {rate.rate} {rate.quoteCurrency}
              </span>
              {editable && (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Remove ${rate.baseCurrency} to ${rate.quoteCurrency}`}
                  onClick={() => void removeRate(rate)}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
