import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormAlert, TextField } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import { applyUserErrors } from '../../shared/user-errors';
import { MessagingTabs } from '../components/MessagingTabs';
import { MessagingSettingsUpdateMutation } from '../mutations';
import { MessagingSettingsQuery } from '../queries';

type Values = { fromAddress: string; replyTo: string; smsSenderId: string };

/**
 * Who the partner's messages come from. An empty field falls back to the platform's sender.
 * The partner's own SMTP server and SMS account are shown, not edited here: their secrets are
 * written through the API by whoever holds them.
 */
export function MessagingSettingsView() {
  const { data, loading, error, refetch } = useQuery(MessagingSettingsQuery, { fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(MessagingSettingsUpdateMutation, { refetchQueries: ['AdminMessagingSettings'] });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const settings = data?.messagingSettings;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    values: settings
      ? {
          fromAddress: settings.fromAddress ?? '',
          replyTo: settings.replyTo ?? '',
          smsSenderId: settings.smsSenderId ?? '',
        }
      : undefined,
  });

  const submit = handleSubmit(async (values) => {
    setMessage(null);
    try {
      // An empty field clears the setting (the API reads "" as null).
      const { data: result } = await update({ variables: { input: values } });
      const payload = result?.messagingSettingsUpdate;
      if (payload?.settings) return setMessage({ ok: true, text: 'Messaging settings saved.' });
      const rest = applyUserErrors(payload?.userErrors ?? [], setError, ['fromAddress', 'replyTo', 'smsSenderId']);
      if (rest) setMessage({ ok: false, text: rest });
    } catch (caught) {
      setMessage({ ok: false, text: describeError(caught, 'Messaging settings not saved') });
    }
  });

  return (
    <section className="page" aria-labelledby="messaging-settings-title">
      <div className="page__header">
        <h1 id="messaging-settings-title" className="page__title">
          Messaging settings
        </h1>
        <MessagingTabs />
      </div>
      {!settings ? (
        loading ? (
          <p className="state" role="status">
            Loading…
          </p>
        ) : (
          <div className="state state--error" role="alert">
            <p>{error ? 'Messaging settings could not be loaded.' : 'No messaging settings for this organisation.'}</p>
            <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
              Try again
            </button>
          </div>
        )
      ) : (
        <>
          <form className="card form" aria-label="Sender" noValidate onSubmit={(event) => void submit(event)}>
            <h2 className="card__title">Sender</h2>
            {message?.ok ? (
              <p className="notice notice--success" role="status">
                {message.text}
              </p>
            ) : (
              <FormAlert message={message?.text} />
            )}
            <div className="form-grid">
              <TextField
                label="From address"
                autoComplete="off"
                placeholder="Acme <billing@acme.example>"
                hint="Empty: the platform’s sender."
                error={errors.fromAddress?.message}
                {...register('fromAddress')}
              />
              <TextField
                label="Reply-to"
                type="email"
                autoComplete="off"
                hint="Where replies to emails go; empty: to the From address."
                error={errors.replyTo?.message}
                {...register('replyTo')}
              />
              <TextField
                label="SMS sender id"
                autoComplete="off"
                hint="Up to 11 letters and digits, or a number such as +447700900123. Empty: the platform’s."
                error={errors.smsSenderId?.message}
                {...register('smsSenderId')}
              />
            </div>
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={isSubmitting}>
                {isSubmitting ? 'Saving…' : 'Save settings'}
              </button>
            </div>
          </form>
          <section className="card" aria-labelledby="providers-title">
            <h2 id="providers-title" className="card__title">
              Providers
            </h2>
            <dl className="details">
              <dt>Email</dt>
              <dd data-testid="email-provider">
                {settings.emailToOutbox
                  ? 'No SMTP server: emails are kept in the outbox.'
                  : settings.smtpHost
                    ? `Your SMTP server, ${settings.smtpHost}`
                    : 'The platform’s SMTP server'}
              </dd>
              <dt>SMS</dt>
              <dd data-testid="sms-provider">
                {settings.smsToOutbox
                  ? 'No SMS provider: text messages are kept in the outbox.'
                  : settings.smsProviderUrl
                    ? `Your SMS provider, ${settings.smsProviderUrl}`
                    : 'The platform’s SMS provider'}
              </dd>
            </dl>
          </section>
        </>
      )}
    </section>
  );
}
