import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormAlert, TextField } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import { applyUserErrors } from '../../shared/user-errors';
import { PortalAccountUpdateMutation } from '../mutations';

type Values = { phone: string; timezone: string };

const timeZones: readonly string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** Phone and time zone, which the customer may keep up to date themselves. */
export function PortalContactForm({ customer }: { customer: { phone: string | null; timezone: string } }) {
  const id = useId();
  const [update] = useMutation(PortalAccountUpdateMutation);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<Values>({ values: { phone: customer.phone ?? '', timezone: customer.timezone } });

  const submit = handleSubmit(async (values) => {
    setResult(null);
    try {
      const { data } = await update({
        // Both are always sent: an empty phone (null) clears it.
        variables: { input: { phone: values.phone.trim() || null, timezone: values.timezone.trim() } },
      });
      const payload = data?.portalAccountUpdate;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        const rest = applyUserErrors(payload.userErrors, setError, ['phone', 'timezone']);
        if (rest) setResult({ ok: false, message: rest });
        return;
      }
      reset({ phone: payload.customer?.phone ?? '', timezone: payload.customer?.timezone ?? values.timezone });
      setResult({ ok: true, message: 'Saved.' });
    } catch (error) {
      setResult({ ok: false, message: describeError(error, 'Not saved') });
    }
  });

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        Contact details
      </h2>
      <form className="dialog__form" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert message={result && !result.ok ? result.message : null} />
        <TextField
          label="Phone"
          type="tel"
          autoComplete="tel"
          placeholder="+441632960961"
          hint="International form, starting with + and the country code."
          error={errors.phone?.message}
          {...register('phone', {
            pattern: { value: /^\+[1-9]\d{6,14}$/, message: 'Use the international form, e.g. +441632960961.' },
          })}
        />
        <TextField
          label="Time zone"
          list={`${id}-zones`}
          autoComplete="off"
          spellCheck={false}
          hint="For example Europe/London."
          error={errors.timezone?.message}
          {...register('timezone', {
            required: 'Choose a time zone.',
            validate: (value) =>
              timeZones.length === 0 ||
              timeZones.includes(value.trim()) ||
              value.trim() === 'UTC' ||
              'Choose a time zone from the list.',
          })}
        />
        <datalist id={`${id}-zones`}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting || !isDirty}>
            {isSubmitting ? 'Saving…' : 'Save'}
          </button>
          <span role="status" className="muted">
            {result?.ok ? result.message : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
