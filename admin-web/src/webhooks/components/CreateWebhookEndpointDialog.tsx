import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { CopyField } from '../../shared/components/CopyField';
import { Dialog, DialogClose } from '../../shared/components/Dialog';
import { WebhookEndpointCreateMutation } from '../mutations';
import { WebhookEndpointForm } from './WebhookEndpointForm';

type Created = { url: string; secret: string };

type Props = { open: boolean; onOpenChange: (open: boolean) => void };

/** The form, then the signing secret, once: it is not shown again. */
export function CreateWebhookEndpointDialog({ open, onOpenChange }: Props) {
  const [created, setCreated] = useState<Created | null>(null);
  const [create] = useMutation(WebhookEndpointCreateMutation, { refetchQueries: ['WebhookEndpointList'] });

  function changeOpen(next: boolean) {
    onOpenChange(next);
    // Forget the secret as soon as the dialog closes.
    if (!next) setCreated(null);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={changeOpen}
      title={created ? 'Webhook endpoint created' : 'Add webhook endpoint'}
      description={created ? undefined : 'A partner app’s URL that receives the events it chooses, signed.'}
      // A stray click or Escape must not throw the secret away.
      dismissible={!created}
    >
      {created ? (
        <div className="dialog__form">
          <p role="alert" className="notice">
            Copy the signing secret now. You will not see it again. The receiver checks each delivery’s{' '}
            <code>webhook-signature</code> header with it (Standard Webhooks).
          </p>
          <p className="table__mono">{created.url}</p>
          <CopyField label="Signing secret" value={created.secret} mono />
          <div className="dialog__actions">
            <DialogClose className="button button--primary" type="button">
              I have copied it
            </DialogClose>
          </div>
        </div>
      ) : (
        <WebhookEndpointForm
          defaultValues={{ url: '', description: '', eventTypes: [] }}
          submitLabel="Add endpoint"
          pendingLabel="Adding…"
          secondaryAction={
            <DialogClose className="button" type="button">
              Cancel
            </DialogClose>
          }
          onSubmit={async (values) => {
            const { data } = await create({
              variables: {
                input: { url: values.url, description: values.description || null, eventTypes: values.eventTypes },
              },
            });
            const payload = data?.webhookEndpointCreate;
            if (payload?.webhookEndpoint && payload.secret) {
              setCreated({ url: payload.webhookEndpoint.url, secret: payload.secret });
              return [];
            }
            return payload?.userErrors.length
              ? payload.userErrors
              : [{ field: null, message: 'The endpoint could not be added.' }];
          }}
        />
      )}
    </Dialog>
  );
}
