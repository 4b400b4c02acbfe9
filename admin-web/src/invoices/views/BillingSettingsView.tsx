import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { hasPermission, useViewer } from '../../platform/viewer';
import { TextField } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import { FxRatesCard } from '../components/FxRatesCard';
import { LetterheadCard } from '../components/LetterheadCard';
import { SettingsForm } from '../components/SettingsForm';
import {
  InvoiceSettingsUpdateMutation,
  RecipientPriceSetMutation,
  TaxRateRemoveMutation,
  TaxRateSetMutation,
} from '../mutations';
import { PartnerBillingSettingsQuery, type PartnerBillingSettings } from '../queries';
import { invoiceListUrl } from '../urls';
import { useSettingsSubmit } from '../use-settings-submit';

const refetch = ['PartnerBillingSettings'];

/** `/settings/billing`: how the partner invoices its customers. */
export function BillingSettingsView() {
  const viewer = useViewer();
  const editable = hasPermission(viewer, 'billing:write');
  const {
    data,
    loading,
    error,
    refetch: retry,
  } = useQuery(PartnerBillingSettingsQuery, {
    fetchPolicy: 'cache-and-network',
  });

  return (
    <section className="page" aria-labelledby="billing-settings-title">
      <div className="page__header">
        <div>
          <p className="muted">
            <Link to={invoiceListUrl()}>Invoices</Link>
          </p>
          <h1 id="billing-settings-title" className="page__title">
            Billing settings
          </h1>
        </div>
      </div>
      {!data && loading ? (
        <p className="state" role="status">
          Loading billing settings…
        </p>
      ) : !data ? (
        <div className="state state--error" role="alert">
          <p>{error ? 'The billing settings could not be loaded.' : 'No billing settings.'}</p>
          <button type="button" className="button" onClick={() => void retry().catch(() => undefined)}>
            Try again
          </button>
        </div>
      ) : (
        <>
          <LetterheadCard header={data.invoiceHeader} editable={editable} refetch={refetch} />
          <InvoiceNumbering settings={data} editable={editable} />
          <TaxRates settings={data} editable={editable} />
          <RecipientPrice settings={data} editable={editable} />
          <FxRatesCard
            rates={data.billingSettings.fxRates.filter((rate) => !rate.customerId)}
            editable={editable}
            refetch={refetch}
          />
        </>
      )}
    </section>
  );
}

type SectionProps = { settings: PartnerBillingSettings; editable: boolean };

function InvoiceNumbering({ settings, editable }: SectionProps) {
  const [update] = useMutation(InvoiceSettingsUpdateMutation, { refetchQueries: refetch });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ prefix: string; historyStart: string }>({
    values: {
      prefix: settings.invoiceSettings?.prefix ?? '',
      historyStart: settings.invoiceSettings?.historyStart ?? '',
    },
  });
  const { message, run } = useSettingsSubmit(setError, ['prefix', 'historyStart']);
  const submit = handleSubmit((values) =>
    run(
      async () =>
        (
          await update({
            variables: { input: { prefix: values.prefix.trim(), historyStart: values.historyStart || null } },
          })
        ).data?.invoiceSettingsUpdate,
      'Invoice numbering saved.',
    ),
  );
  return (
    <SettingsForm
      label="Invoice numbering"
      title="Invoice numbering"
      onSubmit={(event) => void submit(event)}
      submitLabel="Save numbering"
      pending={isSubmitting}
      editable={editable}
      message={message}
    >
      <TextField
        label="Invoice prefix"
        autoComplete="off"
        hint='What new numbers start with, e.g. "INV-". Numbers given stay.'
        error={errors.prefix?.message}
        {...register('prefix', {
          validate: (value) =>
            /^[A-Za-z0-9/_-]{0,12}$/.test(value.trim()) ? true : 'Use up to 12 letters, digits, "/", "_" or "-".',
        })}
      />
      <TextField
        label="Invoice history starts on"
        type="date"
        hint="Invoices issued before this day are kept but no longer listed; empty lists all."
        error={errors.historyStart?.message}
        {...register('historyStart')}
      />
    </SettingsForm>
  );
}

function TaxRates({ settings, editable }: SectionProps) {
  const [set] = useMutation(TaxRateSetMutation, { refetchQueries: refetch });
  const [remove] = useMutation(TaxRateRemoveMutation, { refetchQueries: refetch });
  const [removeError, setRemoveError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<{ country: string; rate: string; reverseCharge: boolean }>({
    defaultValues: { country: '', rate: '', reverseCharge: false },
  });
  const { message, run } = useSettingsSubmit(setError, ['country', 'rate', 'reverseCharge']);
  const submit = handleSubmit(async (values) => {
    const country = values.country.trim().toUpperCase();
    const saved = await run(
      async () =>
        (
          await set({
            variables: { input: { country, rate: values.rate.trim(), reverseCharge: values.reverseCharge } },
          })
        ).data?.taxRateSet,
      `The tax rate for ${country} is saved.`,
    );
    if (saved) reset();
  });

  async function removeRate(country: string) {
    setRemoveError(null);
    try {
      const { data } = await remove({ variables: { input: { country } } });
      const errors = data?.taxRateRemove.userErrors ?? [];
      if (errors.length) setRemoveError(errors.map((error) => error.message).join(' '));
    } catch (error) {
      setRemoveError(describeError(error, 'The tax rate was not removed'));
    }
  }

  return (
    <div className="page">
      <SettingsForm
        label="Tax rates"
        title="Tax rates"
        description="The tax charged to customers of each country; a country without a rate is invoiced without tax."
        onSubmit={(event) => void submit(event)}
        submitLabel="Set tax rate"
        pending={isSubmitting}
        editable={editable}
        message={message}
      >
        <TextField
          label="Country"
          autoComplete="off"
          maxLength={2}
          hint="Two letters, e.g. NL."
          error={errors.country?.message}
          {...register('country', {
            validate: (value) => (/^[A-Za-z]{2}$/.test(value.trim()) ? true : 'Enter a two-letter country code.'),
          })}
        />
        <TextField
          label="Rate (%)"
          inputMode="decimal"
          autoComplete="off"
          error={errors.rate?.message}
          {...register('rate', {
            validate: (value) => (/^\d{1,3}(\.\d{1,4})?$/.test(value.trim()) ? true : 'Enter a percentage, e.g. 21.'),
          })}
        />
        <label className="checkbox">
          <input type="checkbox" {...register('reverseCharge')} /> Reverse charge (the customer accounts for the tax)
        </label>
      </SettingsForm>
      {removeError && (
        <p className="notice notice--error" role="alert">
          {removeError}
        </p>
      )}
      {settings.billingSettings.taxRates.length === 0 ? (
        <p className="state">No tax rates set.</p>
      ) : (
        <ul className="plain-list" aria-label="Tax rates by country">
          {settings.billingSettings.taxRates.map((rate) => (
            <li key={rate.country} className="setting-row">
              <span>
                {rate.country}: {rate.rate}%{rate.reverseCharge ? ' (reverse charge)' : ''}
              </span>
              {editable && (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Remove the tax rate for ${rate.country}`}
                  onClick={() => void removeRate(rate.country)}
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

function RecipientPrice({ settings, editable }: SectionProps) {
  const [set] = useMutation(RecipientPriceSetMutation, { refetchQueries: refetch });
  const price = settings.billingSettings.recipientPrice;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ amount: string; currency: string }>({
    values: { amount: price?.amount ?? '', currency: price?.currency ?? '' },
  });
  const { message, run } = useSettingsSubmit(setError, ['amount', 'currency']);
  const submit = handleSubmit((values) =>
    run(
      async () =>
        (
          await set({
            variables: {
              input: {
                amount: values.amount.trim() || null,
                currency: values.currency.trim().toUpperCase() || null,
              },
            },
          })
        ).data?.recipientPriceSet,
      values.amount.trim() ? 'Recipient price saved.' : 'Additional recipients are no longer charged.',
    ),
  );
  return (
    <SettingsForm
      label="Recipient price"
      title="Recipient price"
      description="What each paid additional recipient costs a month; leave the amount empty to charge nothing."
      onSubmit={(event) => void submit(event)}
      submitLabel="Save recipient price"
      pending={isSubmitting}
      editable={editable}
      message={message}
    >
      <TextField
        label="Amount"
        inputMode="decimal"
        autoComplete="off"
        error={errors.amount?.message}
        {...register('amount', {
          validate: (value) =>
            value.trim() === '' || /^\d+(\.\d+)?$/.test(value.trim()) ? true : 'Enter an amount, e.g. 4.50.',
        })}
      />
      <TextField
        label="Currency"
        autoComplete="off"
        maxLength={3}
        error={errors.currency?.message}
        {...register('currency', {
          validate: (value, all) =>
            all.amount.trim() === '' || /^[A-Za-z]{3}$/.test(value.trim()) ? true : 'Enter a currency code, e.g. EUR.',
        })}
      />
    </SettingsForm>
  );
}
