import { useQuery } from '@apollo/client/react';
import type { MessageChannel } from '../../gql/graphql';
import { MessagePreviewQuery } from '../queries';

export interface PreviewContent {
  channel: MessageChannel;
  templateKey?: string | null;
  subject?: string | null;
  textBody?: string | null;
  htmlBody?: string | null;
}

/** The message rendered for one customer as it would be sent, with its SMS length; follows the draft as it changes. */
export function MessagePreview({ customerId, content }: { customerId: string; content: PreviewContent }) {
  const ready = customerId.trim() !== '' && Boolean(content.templateKey || content.textBody?.trim());
  const { data, loading, error } = useQuery(MessagePreviewQuery, {
    variables: { input: { customerId: customerId.trim(), ...content } },
    skip: !ready,
    fetchPolicy: 'network-only',
  });
  if (!ready) return <p className="muted">Choose a customer and a template or text to see a preview.</p>;
  if (error) return <p className="alert">The preview could not be rendered.</p>;
  const payload = data?.messagePreview;
  if (!payload) return <p className="muted">{loading ? 'Rendering…' : ''}</p>;
  if (payload.userErrors.length > 0) {
    return (
      <p className="alert" role="alert">
        {payload.userErrors.map((userError) => userError.message).join(' ')}
      </p>
    );
  }
  const preview = payload.preview!;
  return (
    <div className="fieldset" aria-busy={loading}>
      <p>
        <strong>To:</strong> {preview.recipient ?? <span className="alert">no address for this channel</span>}
      </p>
      {preview.subject !== null && (
        <p>
          <strong>Subject:</strong> {preview.subject}
        </p>
      )}
      <pre className="table__wrap" data-testid="preview-text">
        {preview.text}
      </pre>
      {content.channel === 'SMS' && (
        <p className="muted" data-testid="sms-length">
          {preview.smsLength.segments} SMS segment{preview.smsLength.segments === 1 ? '' : 's'} ·{' '}
          {preview.smsLength.units} {preview.smsLength.encoding === 'GSM_7' ? 'GSM-7 characters' : 'UCS-2 units'}
        </p>
      )}
      {preview.html && (
        // The rendered HTML in a sandboxed frame: no scripts, no access to the app.
        <iframe title="HTML preview" sandbox="" srcDoc={preview.html} style={{ width: '100%', minHeight: 160 }} />
      )}
    </div>
  );
}
