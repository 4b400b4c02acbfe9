import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { MessageChannel, MessageStatus } from '../../gql/graphql';
import {
  CustomerLowCreditReminderQuery,
  CustomerMessagesQuery,
  LowCreditReminderUpdateMutation,
  channelLabels,
  messageSendUrl,
  messageStatusBadge,
  messageStatusLabels,
} from '../../messaging';
import { hasPermission, useViewer } from '../../platform/viewer';
import { FormAlert, SelectField, TextField } from '../../shared/components/fields';
import { LoadMore } from '../../shared/components/LoadMore';
import { formatDateTime, formatMoney } from '../../shared/format';
import { describeError } from '../../shared/graphql-errors';
import { applyUserErrors } from '../../shared/user-errors';
import { useCustomerOutlet } from '../customer-outlet';
import { toMajorUnits, toMinorUnits } from '../../shared/money';

const pageSize = 25;

/** The customer's emails and SMS with their delivery status, and the low-credit reminder. */
export function CustomerMessagesTab() {
  const { customer } = useCustomerOutlet();
  const viewer = useViewer();
  return (
    <div className="page">
      <MessageHistory customerId={customer.id} canSend={hasPermission(viewer, 'messaging:send')} />
      <LowCreditReminderSettings
        customerId={customer.id}
        currency={customer.currency}
        holderEmail={customer.email}
        editable={hasPermission(viewer, 'customers:write') && customer.status !== 'CLOSED'}
      />
    </div>
  );
}

type HistoryFilter = { channel: MessageChannel | ''; status: MessageStatus | '' };

function MessageHistory({ customerId, canSend }: { customerId: string; canSend: boolean }) {
  const [filter, setFilter] = useState<HistoryFilter>({ channel: '', status: '' });
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(CustomerMessagesQuery, {
    variables: {
      id: customerId,
      first: pageSize,
      filter: {
        channel: filter.channel ? [filter.channel] : null,
        status: filter.status ? [filter.status] : null,
      },
    },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // While other filters load, the messages shown stay (dimmed) rather than flashing away.
  const messages = (data ?? (loading ? previousData : undefined))?.customer?.messages;
  const filtered = Boolean(filter.channel || filter.status);

  async function loadMore(after: string) {
    setLoadingMore(true);
    try {
      // Keyset paging: the next page starts after the last message shown.
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous.customer?.messages;
          const next = fetchMoreResult.customer?.messages;
          if (!before || !next || !fetchMoreResult.customer) return previous;
          return {
            customer: { ...fetchMoreResult.customer, messages: { ...next, nodes: [...before.nodes, ...next.nodes] } },
          };
        },
      });
    } catch {
      // The button stays; trying again is the remedy.
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section className="card" aria-labelledby="messages-title">
      <div className="section-header">
        <h2 id="messages-title" className="card__title">
          Messages
        </h2>
        {canSend && (
          <Link className="button button--primary" to={messageSendUrl([customerId])}>
            Send message
          </Link>
        )}
      </div>
      <div className="toolbar">
        <SelectField
          label="Channel"
          value={filter.channel}
          onChange={(event) => setFilter({ ...filter, channel: event.target.value as MessageChannel | '' })}
        >
          <option value="">All channels</option>
          {(Object.keys(channelLabels) as MessageChannel[]).map((channel) => (
            <option key={channel} value={channel}>
              {channelLabels[channel]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Status"
          value={filter.status}
          onChange={(event) => setFilter({ ...filter, status: event.target.value as MessageStatus | '' })}
        >
          <option value="">All statuses</option>
          {(Object.keys(messageStatusLabels) as MessageStatus[]).map((status) => (
            <option key={status} value={status}>
              {messageStatusLabels[status]}
            </option>
          ))}
        </SelectField>
        <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
          Refresh
        </button>
      </div>
      {!messages && loading ? (
        <p className="state" role="status">
          Loading messages…
        </p>
      ) : !messages ? (
        <div className="state state--error" role="alert">
          <p>{error ? 'Messages could not be loaded.' : 'Messaging is still setting up this customer.'}</p>
          <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
            Try again
          </button>
        </div>
      ) : messages.nodes.length === 0 ? (
        <p className="state">{filtered ? 'No messages match these filters.' : 'No messages yet.'}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table table--cards" aria-label="Messages" aria-busy={loading || undefined}>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Channel</th>
                  <th scope="col">To</th>
                  <th scope="col">Message</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="table__num">
                    Attempts
                  </th>
                </tr>
              </thead>
              <tbody>
                {messages.nodes.map((message) => (
                  <tr key={message.id} data-testid="message-row">
                    <td data-label="When">
                      <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
                    </td>
                    <td data-label="Channel">{channelLabels[message.channel]}</td>
                    <td className="table__mono" data-label="To">
                      {message.recipient}
                    </td>
                    <td className="table__wrap" data-label="Message">
                      <details>
                        <summary>{message.subject ?? firstLine(message.body)}</summary>
                        <pre className="table__wrap">{message.body}</pre>
                        {message.templateKey && <p className="field__hint">Template {message.templateKey}</p>}
                      </details>
                    </td>
                    <td data-label="Status">
                      <span className={messageStatusBadge(message.status)}>{messageStatusLabels[message.status]}</span>
                      {message.lastError && <span className="field__hint">{message.lastError}</span>}
                    </td>
                    <td className="table__num" data-label="Attempts">
                      {message.attempts}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore
            shown={messages.nodes.length}
            totalCount={messages.totalCount}
            nextCursor={messages.pageInfo.hasNextPage ? (messages.pageInfo.endCursor ?? null) : null}
            loading={loadingMore}
            onLoadMore={(after) => void loadMore(after)}
          />
        </>
      )}
    </section>
  );
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

type ReminderValues = { enabled: boolean; threshold: string; recipients: string };

type ReminderProps = { customerId: string; currency: string; holderEmail: string | null; editable: boolean };

function LowCreditReminderSettings({ customerId, currency, holderEmail, editable }: ReminderProps) {
  const { data, loading, error, refetch } = useQuery(CustomerLowCreditReminderQuery, {
    variables: { id: customerId },
    fetchPolicy: 'cache-and-network',
  });
  const [update] = useMutation(LowCreditReminderUpdateMutation, { refetchQueries: ['AdminCustomerLowCreditReminder'] });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const reminder = data?.customer?.lowCreditReminder;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ReminderValues>({
    values: reminder
      ? {
          enabled: reminder.enabled,
          threshold: toMajorUnits(reminder.thresholdMinor, currency),
          recipients: reminder.recipients.join('\n'),
        }
      : undefined,
  });

  const submit = handleSubmit(async (values) => {
    setMessage(null);
    try {
      const { data: result } = await update({
        variables: {
          input: {
            customerId,
            enabled: values.enabled,
            thresholdMinor: toMinorUnits(values.threshold, currency) ?? 0,
            recipients: addresses(values.recipients),
          },
        },
      });
      const payload = result?.lowCreditReminderUpdate;
      if (payload?.lowCreditReminder) return setMessage({ ok: true, text: 'Low-credit reminder saved.' });
      const rest = applyUserErrors(payload?.userErrors ?? [], setError, ['threshold', 'recipients']);
      // The API names `thresholdMinor`; the form shows the amount in major units.
      const threshold = payload?.userErrors.find((e) => e.field?.at(-1) === 'thresholdMinor');
      if (threshold) setError('threshold', { type: 'server', message: threshold.message });
      if (rest) setMessage({ ok: false, text: rest });
    } catch (caught) {
      setMessage({ ok: false, text: describeError(caught, 'The reminder was not saved') });
    }
  });

  if (!reminder) {
    return (
      <section className="card" aria-labelledby="reminder-title">
        <h2 id="reminder-title" className="card__title">
          Low-credit reminder
        </h2>
        {loading ? (
          <p className="state" role="status">
            Loading…
          </p>
        ) : (
          <div className="state state--error" role="alert">
            <p>{error ? 'The reminder could not be loaded.' : 'Messaging is still setting up this customer.'}</p>
            <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
              Try again
            </button>
          </div>
        )}
      </section>
    );
  }

  return (
    <form className="card form" aria-label="Low-credit reminder" noValidate onSubmit={(event) => void submit(event)}>
      <h2 className="card__title">Low-credit reminder</h2>
      <p className="muted">
        Sent once when the balance falls below the threshold, and again only after it has been back above it.
      </p>
      {message?.ok ? (
        <p className="notice notice--success" role="status">
          {message.text}
        </p>
      ) : (
        <FormAlert message={message?.text} />
      )}
      <fieldset className="fieldset form-grid" disabled={!editable}>
        <legend className="visually-hidden">Low-credit reminder</legend>
        <label className="checkbox">
          <input type="checkbox" {...register('enabled')} /> Send low-credit reminders
        </label>
        <TextField
          label={`Threshold (${currency})`}
          inputMode="decimal"
          hint="A reminder goes out when the balance falls below this."
          error={errors.threshold?.message}
          {...register('threshold', {
            validate: (value) =>
              (toMinorUnits(value, currency) ?? -1) >= 0 ? true : `Enter an amount in ${currency}, zero or more.`,
          })}
        />
        <div className="field">
          <label htmlFor="reminder-recipients">Recipients</label>
          <textarea
            id="reminder-recipients"
            rows={3}
            aria-invalid={errors.recipients ? true : undefined}
            aria-describedby="reminder-recipients-hint"
            {...register('recipients', {
              validate: (value) =>
                addresses(value).length <= 10 && addresses(value).every((address) => /^[^\s@]+@[^\s@]+$/.test(address))
                  ? true
                  : 'Enter up to 10 email addresses, one per line.',
            })}
          />
          <p id="reminder-recipients-hint" className="field__hint">
            One email address per line. Empty: the account holder
            {holderEmail ? ` (${holderEmail})` : ', who has no email address yet'}.
          </p>
          {errors.recipients && <p className="field__error">{errors.recipients.message}</p>}
        </div>
      </fieldset>
      <p className="muted" data-testid="reminder-state">
        {!reminder.enabled
          ? 'Off.'
          : reminder.armed
            ? `On: a reminder goes out when the balance falls below ${formatMoney(toMajorUnits(reminder.thresholdMinor, currency), currency)}.`
            : 'On: reminded already; the next one goes out after the balance has been back above the threshold.'}
        {reminder.lastSentAt && ` Last sent ${formatDateTime(reminder.lastSentAt)}.`}
      </p>
      {editable && (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? 'Saving…' : 'Save reminder'}
          </button>
        </div>
      )}
    </form>
  );
}

function addresses(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((address) => address.trim())
    .filter(Boolean);
}
