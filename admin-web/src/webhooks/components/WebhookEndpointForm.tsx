import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import type { WebhookEventType } from '../../gql/graphql';
import { FormAlert, TextField } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import { applyUserErrors, type UserErrorLike } from '../../shared/user-errors';
import { eventTypeGroups } from '../event-types';

export type WebhookEndpointValues = { url: string; description: string; eventTypes: WebhookEventType[] };

type Props = {
  defaultValues: WebhookEndpointValues;
  submitLabel: string;
  pendingLabel: string;
  /** Resolves to the userErrors of the mutation (empty on success). */
  onSubmit: (values: WebhookEndpointValues) => Promise<readonly UserErrorLike[]>;
  /** Cancel button and the like. */
  secondaryAction?: ReactNode;
};

/**
 * An endpoint's URL, description and events. The API decides what it accepts (HTTPS, plain
 * HTTP only to this machine outside production); the form only catches what is plainly no URL.
 */
export function WebhookEndpointForm({ defaultValues, submitLabel, pendingLabel, onSubmit, secondaryAction }: Props) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<WebhookEndpointValues>({ defaultValues });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const userErrors = await onSubmit({ ...values, url: values.url.trim(), description: values.description.trim() });
      if (userErrors.length) setFormError(applyUserErrors(userErrors, setError, ['url', 'description', 'eventTypes']));
    } catch (error) {
      setFormError(describeError(error, 'The endpoint was not saved'));
    }
  });

  return (
    <form className="dialog__form" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert message={formError} />
      <TextField
        label="URL"
        type="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://app.example.com/clientele/webhooks"
        hint="Deliveries are POSTed here over HTTPS, signed with the endpoint’s secret."
        error={errors.url?.message}
        {...register('url', {
          validate: (value) => isHttpUrl(value.trim()) || 'Enter the endpoint’s full https:// address.',
        })}
      />
      <TextField
        label="Description (optional)"
        autoComplete="off"
        hint="What the endpoint is for, e.g. “CRM sync”."
        error={errors.description?.message}
        {...register('description', { maxLength: { value: 500, message: 'At most 500 characters.' } })}
      />
      <fieldset className="fieldset" aria-describedby={errors.eventTypes ? 'webhook-events-error' : undefined}>
        <legend>Events</legend>
        <div className="scope-groups">
          {eventTypeGroups.map((group) => (
            <fieldset key={group.title} className="scope-group">
              <legend>{group.title}</legend>
              {group.types.map(({ type, label, wire }) => (
                <label key={type} className="checkbox checkbox--stacked">
                  <input
                    type="checkbox"
                    value={type}
                    {...register('eventTypes', {
                      validate: (value) => value.length > 0 || 'Choose at least one event.',
                    })}
                  />
                  <span>
                    {label}
                    <span className="field__hint">
                      <code>{wire}</code>
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
        {errors.eventTypes && (
          <p id="webhook-events-error" className="field__error">
            {errors.eventTypes.message}
          </p>
        )}
      </fieldset>
      <div className="dialog__actions">
        {secondaryAction}
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
