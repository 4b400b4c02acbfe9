import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type {
  CustomerBulkActionKind,
  CustomerBulkOperationFieldsFragment,
  CustomersBulkActionInput,
  CustomersBulkActionPreviewQuery as PreviewData,
} from '../../gql/graphql';
import { ActionDialog } from '../../shared/components/ActionDialog';
import { TextAreaField, TextField } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import { formatCount } from '../../shared/format';
import {
  bulkActionCopy,
  CustomersBulkActionMutation,
  CustomersBulkActionPreviewQuery,
  parseTags,
} from '../bulk-actions';
import { customerCountLabel } from '../display';
import type { CustomerTargetInput } from '../../gql/graphql';
import { BulkMessageFields, type BulkMessageValues } from './BulkMessageFields';

type Preview = PreviewData['customersBulkActionPreview'];
type Values = { tags: string; reason: string } & BulkMessageValues;

const reasonMax = 500;
const tagsMax = 20;

type Props = {
  action: CustomerBulkActionKind;
  target: CustomerTargetInput;
  onStarted: (operation: CustomerBulkOperationFieldsFragment) => void;
  onClose: () => void;
};

function userErrorText(errors: readonly { message: string }[]): string | null {
  return errors.length ? errors.map((error) => error.message).join(' ') : null;
}

/**
 * Asks for what the action needs, then shows what it would do (worked out by the server with
 * the rules the run applies) and asks to confirm: nothing changes before the second step.
 * The idempotency key makes a double click or a retry answer the same operation.
 */
export function BulkActionDialog({ action, target, onStarted, onClose }: Props) {
  const copy = bulkActionCopy[action];
  const client = useApolloClient();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { tags: '', reason: '', templateKey: '', subject: '', text: '' },
    reValidateMode: 'onChange',
  });
  const reasonLength = useWatch({ control, name: 'reason' }).length;
  const templateKey = useWatch({ control, name: 'templateKey' });
  if (!copy) return null;

  const inputOf = (values: Values): CustomersBulkActionInput => ({
    target,
    action,
    ...(copy.asks === 'tags' ? { tagIds: parseTags(values.tags) } : {}),
    ...(copy.asks === 'reason' && values.reason.trim() ? { reason: values.reason.trim() } : {}),
    ...(copy.asks === 'message'
      ? {
          message: values.templateKey
            ? { templateKey: values.templateKey }
            : { ...(copy.channel === 'EMAIL' ? { subject: values.subject } : {}), textBody: values.text },
        }
      : {}),
    idempotencyKey,
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const input = inputOf(values);
    try {
      if (!preview) {
        const { data } = await client.query({
          query: CustomersBulkActionPreviewQuery,
          variables: { input },
          fetchPolicy: 'network-only',
        });
        const answer = data?.customersBulkActionPreview;
        if (!answer) return;
        const refusal = userErrorText(answer.userErrors);
        if (refusal) setFormError(refusal);
        else setPreview(answer);
        return;
      }
      const { data } = await client.mutate({ mutation: CustomersBulkActionMutation, variables: { input } });
      const payload = data?.customersBulkAction;
      if (!payload) return;
      if (payload.bulkOperation) onStarted(payload.bulkOperation);
      else setFormError(userErrorText(payload.userErrors) ?? `${copy.label}: nothing was changed.`);
    } catch (error) {
      setFormError(describeError(error, `${copy.label} failed; nothing was changed`));
    }
  });

  const title = preview ? `${copy.verb} ${customerCountLabel(preview.total)}?` : `${copy.label}: selected customers`;
  return (
    <ActionDialog
      open
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
      title={title}
      description={preview ? undefined : 'Nothing changes until you confirm what it will do.'}
      onSubmit={(event) => void submit(event)}
      submitLabel={preview ? `${copy.label} (${formatCount(preview.willChange)})` : 'Review'}
      pendingLabel={preview ? 'Starting…' : 'Working it out…'}
      pending={isSubmitting}
      error={formError}
      danger={Boolean(preview) && copy.danger}
    >
      {preview ? (
        <div className="bulk-preview" data-testid="bulk-preview">
          <p>
            {formatCount(preview.willChange)} {copy.asks === 'message' ? 'will get a message' : 'will change'}.
            {preview.willSkip > 0 && ` ${formatCount(preview.willSkip)} will be skipped:`}
          </p>
          {preview.skippedReasons.length > 0 && (
            <ul>
              {preview.skippedReasons.map((skip) => (
                <li key={skip.reason}>
                  {skip.reason}: {formatCount(skip.count)}
                </li>
              ))}
            </ul>
          )}
          {preview.runsInBackground && <p>It runs in the background; you can follow it here and cancel it.</p>}
        </div>
      ) : copy.asks === 'tags' ? (
        <TextField
          label="Tags"
          autoFocus
          hint={`Separate tags with commas; at most ${tagsMax}.`}
          error={errors.tags?.message}
          {...register('tags', {
            validate: (value) => {
              const tags = parseTags(value);
              if (tags.length === 0) return 'Give at least one tag.';
              if (tags.length > tagsMax) return `Give at most ${tagsMax} tags.`;
              return true;
            },
          })}
        />
      ) : copy.asks === 'message' && copy.channel ? (
        <BulkMessageFields
          channel={copy.channel}
          templateKey={templateKey}
          fields={{
            templateKey: register('templateKey'),
            subject: register('subject', {
              validate: (value) =>
                copy.channel !== 'EMAIL' || Boolean(templateKey) || value.trim() !== '' || 'Give the email a subject.',
            }),
            text: register('text', {
              validate: (value) => Boolean(templateKey) || value.trim() !== '' || 'Write the message.',
            }),
          }}
          errors={errors}
        />
      ) : copy.asks === 'reason' ? (
        <TextAreaField
          label="Reason"
          rows={3}
          autoFocus
          hint="Kept with each customer's change in the activity log."
          counter={{ length: reasonLength, max: reasonMax }}
          error={errors.reason?.message}
          {...register('reason', {
            maxLength: { value: reasonMax, message: `Use at most ${reasonMax} characters.` },
          })}
        />
      ) : null}
    </ActionDialog>
  );
}
