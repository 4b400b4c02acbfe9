import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { MessageChannel } from '../../gql/graphql';
import { describeError } from '../../shared/graphql-errors';
import { MessagePreview } from '../components/MessagePreview';
import { MessagingTabs } from '../components/MessagingTabs';
import { MessageBulkSendMutation, MessageSendMutation } from '../mutations';
import { MessageTemplatesQuery, RecipientCountQuery } from '../queries';
import { batchUrl } from '../urls';

type Audience = 'ids' | 'filter';

/**
 * The send dialog as a page: channel, a template or free text with a live preview, and the
 * recipients (customers by id, or every customer a search matches). One customer is a
 * transactional send; more are a bulk send, whose progress opens next.
 */
export function SendMessageView() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const [channel, setChannel] = useState<MessageChannel>('EMAIL');
  const [templateKey, setTemplateKey] = useState('');
  const [subject, setSubject] = useState('');
  const [textBody, setTextBody] = useState('');
  const [audience, setAudience] = useState<Audience>('ids');
  const [ids, setIds] = useState(searchParams.get('customers')?.split(',').join('\n') ?? '');
  const [search, setSearch] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const { data: templates } = useQuery(MessageTemplatesQuery);
  const customerIds = ids
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
  // The selection is counted once typing pauses, not on every key.
  const selection = audience === 'ids' ? `ids:${customerIds.join(',')}` : `search:${search.trim()}`;
  const [counted, setCounted] = useState(selection);
  useEffect(() => {
    const timer = setTimeout(() => setCounted(selection), 400);
    return () => clearTimeout(timer);
  }, [selection]);
  const countedIds = counted.startsWith('ids:') ? counted.slice(4).split(',').filter(Boolean) : null;
  const { data: counts, error: countError } = useQuery(RecipientCountQuery, {
    variables: {
      input: countedIds
        ? { channel, customerIds: countedIds }
        : { channel, filter: { query: counted.slice('search:'.length) || null } },
    },
    // One customer is a single transactional send: the preview shows where it goes.
    skip: countedIds !== null && countedIds.length <= 1,
    fetchPolicy: 'network-only',
  });
  const [sendOne] = useMutation(MessageSendMutation);
  const [sendMany] = useMutation(MessageBulkSendMutation);

  const content = templateKey
    ? { channel, templateKey }
    : { channel, subject: channel === 'EMAIL' ? subject : null, textBody };
  const usable = (templates?.messageTemplates ?? []).filter((template) => template.channel === channel);

  async function submit() {
    setBusy(true);
    setNotice(null);
    setFailure(null);
    try {
      if (audience === 'ids' && customerIds.length === 1) {
        const { data } = await sendOne({ variables: { input: { customerId: customerIds[0]!, ...content } } });
        const errors = data?.messageSend.userErrors ?? [];
        if (errors.length) setFailure(errors.map((e) => e.message).join(' '));
        else setNotice(`Queued for ${data?.messageSend.message?.recipient ?? 'the customer'}.`);
        return;
      }
      const { data } = await sendMany({
        variables: {
          input: {
            ...content,
            ...(audience === 'ids' ? { customerIds } : { filter: { query: search.trim() || null } }),
          },
        },
      });
      const errors = data?.messageBulkSend.userErrors ?? [];
      if (errors.length) setFailure(errors.map((e) => e.message).join(' '));
      else if (data?.messageBulkSend.batch) void navigate(batchUrl(data.messageBulkSend.batch.id));
    } catch (caught) {
      setFailure(describeError(caught, 'Nothing was sent'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page" aria-labelledby="send-title">
      <div className="page__header">
        <h1 id="send-title" className="page__title">
          Send a message
        </h1>
        <MessagingTabs />
      </div>
      <form
        className="fieldset"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor="send-channel">Channel</label>
          <select
            id="send-channel"
            value={channel}
            onChange={(event) => {
              setChannel(event.target.value as MessageChannel);
              setTemplateKey('');
            }}
          >
            <option value="EMAIL">Email</option>
            <option value="SMS">SMS</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="send-template">Template</label>
          <select id="send-template" value={templateKey} onChange={(event) => setTemplateKey(event.target.value)}>
            <option value="">Free text</option>
            {usable.map((template) => (
              <option key={template.key} value={template.key}>
                {template.name}
              </option>
            ))}
          </select>
        </div>
        {!templateKey && channel === 'EMAIL' && (
          <div className="field">
            <label htmlFor="send-subject">Subject</label>
            <input id="send-subject" value={subject} onChange={(event) => setSubject(event.target.value)} />
          </div>
        )}
        {!templateKey && (
          <div className="field">
            <label htmlFor="send-text">Text</label>
            <textarea id="send-text" rows={6} value={textBody} onChange={(event) => setTextBody(event.target.value)} />
            <p className="field__hint">
              Variables such as {'{{customer.name}}'} and {'{{customer.accountNumber}}'} are filled in.
            </p>
          </div>
        )}
        <fieldset className="fieldset">
          <legend>Recipients</legend>
          <label className="checkbox">
            <input type="radio" checked={audience === 'ids'} onChange={() => setAudience('ids')} /> These customers
          </label>
          <label className="checkbox">
            <input type="radio" checked={audience === 'filter'} onChange={() => setAudience('filter')} /> Every customer
            matching a search (closed accounts excluded)
          </label>
          {audience === 'ids' ? (
            <div className="field">
              <label htmlFor="send-ids">Customer ids, one per line</label>
              <textarea id="send-ids" rows={3} value={ids} onChange={(event) => setIds(event.target.value)} />
              <p className="field__hint">{customerIds.length} selected</p>
            </div>
          ) : (
            <div className="field">
              <label htmlFor="send-search">Name or account number contains (empty: everyone)</label>
              <input id="send-search" value={search} onChange={(event) => setSearch(event.target.value)} />
            </div>
          )}
        </fieldset>
        <h2>Preview{customerIds[0] ? ' for the first customer' : ''}</h2>
        <MessagePreview customerId={customerIds[0] ?? ''} content={content} />
        <div aria-live="polite">
          {notice && <p className="notice notice--success">{notice}</p>}
          {failure && (
            <p className="alert" role="alert">
              {failure}
            </p>
          )}
        </div>
        <RecipientCount
          pending={counted !== selection}
          empty={audience === 'ids' && customerIds.length === 0}
          single={audience === 'ids' && customerIds.length === 1}
          channel={channel}
          payload={counts?.messageRecipientCount}
          failed={Boolean(countError)}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Sending…' : 'Send'}
          </button>
        </div>
      </form>
    </section>
  );
}

type CountPayload = {
  count: {
    selected: number;
    reachable: number;
    skipped: { noAddress: number; closed: number; optedOut: number };
  } | null;
  userErrors: readonly { message: string }[];
};

/** How many of the selected customers the message would reach, and who would be left out and why. */
function RecipientCount({
  pending,
  empty,
  single,
  channel,
  payload,
  failed,
}: {
  pending: boolean;
  empty: boolean;
  single: boolean;
  channel: MessageChannel;
  payload: CountPayload | undefined;
  failed: boolean;
}) {
  let text: string;
  if (empty) text = 'No customer selected yet.';
  else if (single) text = 'One customer: sent as a single message, to the address the preview shows.';
  else if (pending || (!payload && !failed)) text = 'Counting recipients…';
  else if (!payload || failed) text = 'The recipients could not be counted.';
  else if (!payload.count) text = payload.userErrors.map((userError) => userError.message).join(' ');
  else {
    const { selected, reachable, skipped } = payload.count;
    const reasons = [
      skipped.noAddress
        ? `${skipped.noAddress} without ${channel === 'EMAIL' ? 'an email address' : 'a phone number'}`
        : null,
      skipped.closed ? `${skipped.closed} closed` : null,
      skipped.optedOut ? `${skipped.optedOut} opted out` : null,
    ].filter(Boolean);
    text = `${reachable} of ${selected} selected ${selected === 1 ? 'customer' : 'customers'} will receive it${
      reasons.length ? `; skipped: ${reasons.join(', ')}` : ''
    }.`;
  }
  return (
    <p className="notice notice--info" data-testid="recipient-count" aria-live="polite">
      {text}
    </p>
  );
}
