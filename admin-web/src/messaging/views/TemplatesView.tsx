import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { MessageChannel } from '../../gql/graphql';
import { describeError } from '../../shared/graphql-errors';
import { hasPermission, useViewer } from '../../platform/viewer';
import { MessagePreview } from '../components/MessagePreview';
import { MessagingTabs } from '../components/MessagingTabs';
import { MessageTemplateDeleteMutation, MessageTemplateSaveMutation } from '../mutations';
import { MessageTemplatesQuery } from '../queries';

interface Draft {
  key: string;
  channel: MessageChannel;
  name: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  isDefault: boolean;
}

const blank: Draft = { key: '', channel: 'EMAIL', name: '', subject: '', textBody: '', htmlBody: '', isDefault: false };

/** The partner's templates: pick one, edit it with a live preview for a customer, save or go back to the default. */
export function TemplatesView() {
  const viewer = useViewer();
  const canEdit = hasPermission(viewer, 'messaging:manage');
  const { data, error } = useQuery(MessageTemplatesQuery, { fetchPolicy: 'cache-and-network' });
  const [save, { loading: saving }] = useMutation(MessageTemplateSaveMutation, {
    refetchQueries: ['AdminMessageTemplates'],
  });
  const [remove] = useMutation(MessageTemplateDeleteMutation, { refetchQueries: ['AdminMessageTemplates'] });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [previewCustomer, setPreviewCustomer] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const set = (patch: Partial<Draft>) => setDraft((current) => (current ? { ...current, ...patch } : current));

  async function submit(current: Draft) {
    setMessage(null);
    try {
      const { data: result } = await save({
        variables: {
          input: {
            key: current.key,
            channel: current.channel,
            name: current.name,
            subject: current.channel === 'EMAIL' ? current.subject : null,
            textBody: current.textBody,
            htmlBody: current.channel === 'EMAIL' && current.htmlBody.trim() ? current.htmlBody : null,
          },
        },
      });
      const errors = result?.messageTemplateSave.userErrors ?? [];
      if (errors.length) setMessage({ kind: 'error', text: errors.map((e) => e.message).join(' ') });
      else {
        setMessage({ kind: 'ok', text: `Template “${current.name}” saved.` });
        set({ isDefault: false });
      }
    } catch (caught) {
      setMessage({ kind: 'error', text: describeError(caught, 'The template was not saved') });
    }
  }

  return (
    <section className="page" aria-labelledby="templates-title">
      <div className="page__header">
        <h1 id="templates-title" className="page__title">
          Templates
        </h1>
        <div className="page__tools">
          <MessagingTabs />
          {canEdit && (
            <button type="button" className="button button--primary" onClick={() => setDraft({ ...blank })}>
              New template
            </button>
          )}
        </div>
      </div>
      {error && !data && <p className="state state--error">Templates could not be loaded.</p>}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Key</th>
              <th>Channel</th>
              <th>Source</th>
            </tr>
          </thead>
          <tbody>
            {(data?.messageTemplates ?? []).map((template) => (
              <tr key={template.key}>
                <td>
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      setDraft({
                        key: template.key,
                        channel: template.channel,
                        name: template.name,
                        subject: template.subject ?? '',
                        textBody: template.textBody,
                        htmlBody: template.htmlBody ?? '',
                        isDefault: template.isDefault,
                      })
                    }
                  >
                    {template.name}
                  </button>
                </td>
                <td className="table__mono">{template.key}</td>
                <td>{template.channel === 'EMAIL' ? 'Email' : 'SMS'}</td>
                <td>{template.isDefault ? 'Default' : 'Yours'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {draft && (
        <form
          className="fieldset"
          aria-label="Edit template"
          onSubmit={(event) => {
            event.preventDefault();
            void submit(draft);
          }}
        >
          <div className="field">
            <label htmlFor="template-key">Key</label>
            <input id="template-key" value={draft.key} onChange={(event) => set({ key: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="template-channel">Channel</label>
            <select
              id="template-channel"
              value={draft.channel}
              onChange={(event) => set({ channel: event.target.value as MessageChannel })}
            >
              <option value="EMAIL">Email</option>
              <option value="SMS">SMS</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="template-name">Name</label>
            <input id="template-name" value={draft.name} onChange={(event) => set({ name: event.target.value })} />
          </div>
          {draft.channel === 'EMAIL' && (
            <div className="field">
              <label htmlFor="template-subject">Subject</label>
              <input
                id="template-subject"
                value={draft.subject}
                onChange={(event) => set({ subject: event.target.value })}
              />
            </div>
          )}
          <div className="field">
            <label htmlFor="template-text">Text</label>
            <textarea
              id="template-text"
              rows={8}
              value={draft.textBody}
              onChange={(event) => set({ textBody: event.target.value })}
            />
          </div>
          {draft.channel === 'EMAIL' && (
            <div className="field">
              <label htmlFor="template-html">HTML (optional; variables are escaped)</label>
              <textarea
                id="template-html"
                rows={8}
                value={draft.htmlBody}
                onChange={(event) => set({ htmlBody: event.target.value })}
              />
            </div>
          )}
          <div className="field">
            <label htmlFor="template-preview-customer">Preview for customer (id)</label>
            <input
              id="template-preview-customer"
              value={previewCustomer}
              onChange={(event) => setPreviewCustomer(event.target.value)}
            />
          </div>
          <MessagePreview
            customerId={previewCustomer}
            content={{
              channel: draft.channel,
              subject: draft.channel === 'EMAIL' ? draft.subject : null,
              textBody: draft.textBody,
              htmlBody: draft.channel === 'EMAIL' && draft.htmlBody.trim() ? draft.htmlBody : null,
            }}
          />
          <div aria-live="polite">
            {message && (
              <p
                className={message.kind === 'ok' ? 'notice notice--success' : 'alert'}
                role={message.kind === 'error' ? 'alert' : undefined}
              >
                {message.text}
              </p>
            )}
          </div>
          {canEdit && (
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={saving}>
                {saving ? 'Saving…' : 'Save'}
              </button>
              {!draft.isDefault && draft.key && (
                <button
                  type="button"
                  className="button button--danger-outline"
                  onClick={() =>
                    void remove({ variables: { input: { key: draft.key } } }).then(
                      ({ data: result }) => {
                        const errors = result?.messageTemplateDelete.userErrors ?? [];
                        if (errors.length) setMessage({ kind: 'error', text: errors.map((e) => e.message).join(' ') });
                        else {
                          setMessage({ kind: 'ok', text: 'Deleted; the default applies again where there is one.' });
                          setDraft(null);
                        }
                      },
                      (caught: unknown) =>
                        setMessage({ kind: 'error', text: describeError(caught, 'The template was not deleted') }),
                    )
                  }
                >
                  Delete
                </button>
              )}
            </div>
          )}
        </form>
      )}
    </section>
  );
}
