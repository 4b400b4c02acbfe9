import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { SelectField, TextField } from '../../shared/components/fields';
import { countryOptions, currencyOptions, timeZoneOptions, type CustomerFormValues } from '../customer-form';
import { pricingModelLabels } from '../display';

type Props = {
  register: UseFormRegister<CustomerFormValues>;
  errors: FieldErrors<CustomerFormValues>;
  /** Offered when the partner has resellers and the viewer is not limited to one. */
  resellers: readonly { id: string; name: string }[];
};

/** The customer's details, as the create form asks for them. */
export function CustomerFields({ register, errors, resellers }: Props) {
  return (
    <>
      <fieldset className="fieldset form-grid">
        <legend>Account</legend>
        <TextField
          label="Name"
          autoComplete="organization"
          hint="1–50 characters."
          error={errors.name?.message}
          {...register('name')}
        />
        <TextField
          label="Billing name"
          hint="On invoices; the name when left empty."
          error={errors.billingName?.message}
          {...register('billingName')}
        />
        <TextField
          label="Account number"
          hint="The next free number when left empty."
          autoComplete="off"
          spellCheck={false}
          error={errors.accountNumber?.message}
          {...register('accountNumber')}
        />
        {resellers.length > 0 && (
          <SelectField label="Reseller" error={errors.resellerId?.message} {...register('resellerId')}>
            <option value="">None</option>
            {resellers.map((reseller) => (
              <option key={reseller.id} value={reseller.id}>
                {reseller.name}
              </option>
            ))}
          </SelectField>
        )}
      </fieldset>
      <fieldset className="fieldset form-grid">
        <legend>Contact</legend>
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          error={errors.email?.message}
          {...register('email')}
        />
        <TextField
          label="Phone"
          type="tel"
          autoComplete="tel"
          hint="International form, e.g. +447700900123."
          error={errors.phone?.message}
          {...register('phone')}
        />
      </fieldset>
      <fieldset className="fieldset form-grid">
        <legend>Billing</legend>
        <SelectField label="Country" hint="Drives tax." error={errors.country?.message} {...register('country')}>
          <option value="">Choose a country…</option>
          {countryOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Currency" error={errors.currency?.message} {...register('currency')}>
          <option value="">Choose a currency…</option>
          {currencyOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Time zone" error={errors.timezone?.message} {...register('timezone')}>
          {timeZoneOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Pricing" error={errors.pricingModel?.message} {...register('pricingModel')}>
          {(['PREPAID', 'POSTPAID'] as const).map((model) => (
            <option key={model} value={model}>
              {pricingModelLabels[model]}
            </option>
          ))}
        </SelectField>
      </fieldset>
    </>
  );
}
