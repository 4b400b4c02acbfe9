import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { SelectField, TextField } from '../../shared/components/fields';
import { countryOptions, currencyOptions, timeZoneOptions, type CustomerFormValues } from '../customer-form';
import { pricingModelLabels } from '../display';

type Props = {
  register: UseFormRegister<CustomerFormValues>;
  errors: FieldErrors<CustomerFormValues>;
  /** Offered when the partner has resellers and the viewer is not limited to one. */
  resellers: readonly { id: string; name: string }[];
  /**
   * Editing leaves out what has its own place: the account number (changed with its own
   * action, swap included), and currency and pricing (the billing settings).
   */
  mode: 'create' | 'edit';
};

/** The customer's details, as the create and edit forms ask for them. */
export function CustomerFields({ register, errors, resellers, mode }: Props) {
  const location = errors.location;
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
        {mode === 'create' && (
          <TextField
            label="Account number"
            hint="The next free number when left empty."
            autoComplete="off"
            spellCheck={false}
            error={errors.accountNumber?.message}
            {...register('accountNumber')}
          />
        )}
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
        <TextField
          label="Keywords"
          autoComplete="off"
          hint="Separated by commas; each finds this customer in searches."
          error={errors.keywords?.message}
          {...register('keywords')}
        />
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
        <legend>Location</legend>
        <TextField label="Address line 1" error={location?.line1?.message} {...register('location.line1')} />
        <TextField label="Address line 2" error={location?.line2?.message} {...register('location.line2')} />
        <TextField label="City" error={location?.city?.message} {...register('location.city')} />
        <TextField label="Region" error={location?.region?.message} {...register('location.region')} />
        <TextField label="Postcode" error={location?.postcode?.message} {...register('location.postcode')} />
        <SelectField label="Address country" error={location?.country?.message} {...register('location.country')}>
          <option value="">None</option>
          {countryOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Latitude"
          inputMode="decimal"
          hint="Optional, with the longitude."
          error={location?.latitude?.message}
          {...register('location.latitude')}
        />
        <TextField
          label="Longitude"
          inputMode="decimal"
          error={location?.longitude?.message}
          {...register('location.longitude')}
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
        {mode === 'create' && (
          <SelectField label="Currency" error={errors.currency?.message} {...register('currency')}>
            <option value="">Choose a currency…</option>
            {currencyOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField label="Time zone" error={errors.timezone?.message} {...register('timezone')}>
          {timeZoneOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        {mode === 'create' && (
          <SelectField label="Pricing" error={errors.pricingModel?.message} {...register('pricingModel')}>
            {(['PREPAID', 'POSTPAID'] as const).map((model) => (
              <option key={model} value={model}>
                {pricingModelLabels[model]}
              </option>
            ))}
          </SelectField>
        )}
      </fieldset>
    </>
  );
}
