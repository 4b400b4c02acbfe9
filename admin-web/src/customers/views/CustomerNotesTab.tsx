import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { hasPermission, useViewer, type Viewer } from '../../platform/viewer';
import { ConfirmDialog } from '../../shared/components/ConfirmDialog';
import { FormAlert, TextAreaField } from '../../shared/components/fields';
import { formatDateTime } from '../../shared/format';
import { describeError } from '../../shared/graphql-errors';
import { useCustomerOutlet } from '../customer-outlet';
import { actorLabel } from '../display';
import { applyServerErrors } from '../../shared/form-errors';
import { CustomerNoteCreateMutation, CustomerNoteDeleteMutation, CustomerNoteUpdateMutation } from '../mutations';
import { CustomerNotesQuery, type CustomerNoteRowFragment } from '../queries';

const notePageSize = 20;
const bodyMax = 10_000;

type Feedback = { tone: 'success' | 'error'; message: string };

/** The API's rule: 1–10,000 characters once trimmed. */
function validateBody(value: string): true | string {
  if (value.trim() === '') return 'Write the note first.';
  if (value.trim().length > bodyMax) return `Keep the note to ${bodyMax.toLocaleString('en')} characters.`;
  return true;
}

/** Notes are edited and deleted only by whoever wrote them; the API says the same. */
function wroteIt(viewer: Viewer, note: CustomerNoteRowFragment): boolean {
  const kinds: Record<string, string> = { OPERATOR: 'OPERATOR', API_KEY: 'API_KEY', PLATFORM_STAFF: 'PLATFORM' };
  return note.author.id === viewer.id && note.author.kind === kinds[viewer.kind];
}

export function CustomerNotesTab() {
  const { customer } = useCustomerOutlet();
  const viewer = useViewer();
  const canWrite = hasPermission(viewer, 'customers:write') && customer.status !== 'CLOSED';
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{ note: CustomerNoteRowFragment; returnTo: HTMLElement | null } | null>(
    null,
  );
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(CustomerNotesQuery, {
    variables: { id: customer.id, first: notePageSize },
    fetchPolicy: 'cache-and-network',
  });
  const refetchAll = { refetchQueries: ['CustomerNotes', 'CustomerActivity'], awaitRefetchQueries: true };
  const [remove] = useMutation(CustomerNoteDeleteMutation, refetchAll);
  const notes = data?.customer?.notes;

  async function loadMore() {
    if (!notes?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      // Keyset paging: the next page starts after the last note shown.
      await fetchMore({
        variables: { after: notes.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous.customer?.notes;
          const next = fetchMoreResult.customer?.notes;
          if (!before || !next || !fetchMoreResult.customer) return previous;
          return {
            ...fetchMoreResult,
            customer: { ...fetchMoreResult.customer, notes: { ...next, nodes: [...before.nodes, ...next.nodes] } },
          };
        },
      });
    } catch (caught) {
      setFeedback({ tone: 'error', message: describeError(caught, 'More notes could not be loaded') });
    } finally {
      setLoadingMore(false);
    }
  }

  let content;
  if (!notes && loading) {
    content = (
      <p className="state" role="status">
        Loading notes…
      </p>
    );
  } else if (!notes) {
    content = (
      <div className="state state--error" role="alert">
        <p>{error ? 'Notes could not be loaded.' : 'This customer is no longer visible.'}</p>
        <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </button>
      </div>
    );
  } else if (notes.nodes.length === 0) {
    content = <p className="state">No notes yet.</p>;
  } else {
    content = (
      <>
        <ol className="note-list" aria-label="Notes">
          {notes.nodes.map((note) => (
            <li key={note.id} className="note" data-testid="note">
              <p className="note__meta">
                <span className="note__author">{actorLabel(note.author)}</span>{' '}
                <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
                {note.updatedAt !== note.createdAt && (
                  <span className="muted"> · edited {formatDateTime(note.updatedAt)}</span>
                )}
              </p>
              {editing === note.id ? (
                <NoteForm
                  key={note.id}
                  label="Edit note"
                  initial={note.body}
                  submitLabel="Save note"
                  pendingLabel="Saving…"
                  onCancel={() => setEditing(null)}
                  onSaved={() => {
                    setEditing(null);
                    setFeedback({ tone: 'success', message: 'The note is saved.' });
                  }}
                  noteId={note.id}
                  customerId={customer.id}
                />
              ) : (
                <>
                  <p className="note__body">{note.body}</p>
                  {canWrite && wroteIt(viewer, note) && (
                    <div className="note__actions">
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => {
                          setFeedback(null);
                          setEditing(note.id);
                        }}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={(event) => setDeleting({ note, returnTo: event.currentTarget })}
                      >
                        Delete
                      </button>
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
        <p className="muted">
          {notes.nodes.length} of {notes.totalCount} {notes.totalCount === 1 ? 'note' : 'notes'}
        </p>
        {notes.pageInfo.hasNextPage && (
          <button type="button" className="button" disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? 'Loading…' : 'Load more'}
          </button>
        )}
      </>
    );
  }

  return (
    <section className="page" aria-labelledby="customer-notes-title">
      <h2 id="customer-notes-title" className="section-title">
        Notes
      </h2>
      {canWrite && (
        <NoteForm
          label="New note"
          initial=""
          submitLabel="Add note"
          pendingLabel="Adding…"
          customerId={customer.id}
          onSaved={() => setFeedback({ tone: 'success', message: 'The note is added.' })}
        />
      )}
      {feedback && (
        <p className={feedback.tone === 'success' ? 'notice notice--success' : 'alert'} role="status">
          {feedback.message}
        </p>
      )}
      {content}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(next) => !next && setDeleting(null)}
        title="Delete this note?"
        description="It is gone from the customer’s notes; the activity log keeps that it was deleted."
        returnFocusTo={deleting?.returnTo}
        confirmLabel="Delete note"
        pendingLabel="Deleting…"
        onConfirm={async () => {
          if (!deleting) return null;
          try {
            const { data: result } = await remove({ variables: { input: { id: deleting.note.id } } });
            const payload = result?.customerNoteDelete;
            if (!payload?.deletedNoteId) {
              return payload?.userErrors.map((e) => e.message).join(' ') || 'The note was not deleted.';
            }
            setFeedback({ tone: 'success', message: 'The note is deleted.' });
            return null;
          } catch (caught) {
            return describeError(caught, 'The note was not deleted');
          }
        }}
      />
    </section>
  );
}

type NoteFormProps = {
  label: string;
  initial: string;
  submitLabel: string;
  pendingLabel: string;
  customerId: string;
  /** Given when editing that note; otherwise the form adds one. */
  noteId?: string;
  onSaved: () => void;
  onCancel?: () => void;
};

/** Writes a new note or rewrites one, with the characters used counted against the limit. */
function NoteForm({ label, initial, submitLabel, pendingLabel, customerId, noteId, onSaved, onCancel }: NoteFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const refetchAll = { refetchQueries: ['CustomerNotes', 'CustomerActivity'], awaitRefetchQueries: true };
  const [create] = useMutation(CustomerNoteCreateMutation, refetchAll);
  const [update] = useMutation(CustomerNoteUpdateMutation, refetchAll);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<{ body: string }>({ defaultValues: { body: initial }, reValidateMode: 'onChange' });
  const length = useWatch({ control, name: 'body' }).trim().length;

  const submit = handleSubmit(async ({ body }) => {
    setFormError(null);
    try {
      const payload = noteId
        ? (await update({ variables: { input: { id: noteId, body } } })).data?.customerNoteUpdate
        : (await create({ variables: { input: { customerId, body } } })).data?.customerNoteCreate;
      if (!payload) return;
      if (payload.note) {
        reset({ body: noteId ? payload.note.body : '' });
        onSaved();
        return;
      }
      setFormError(
        applyServerErrors(payload.userErrors, setError, ['body']) ??
          (payload.userErrors.length ? null : 'The note was not saved.'),
      );
    } catch (caught) {
      setFormError(describeError(caught, 'The note was not saved'));
    }
  });

  return (
    <form className="form note-form" aria-label={label} onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert message={formError} />
      <TextAreaField
        label={label}
        rows={noteId ? 5 : 3}
        autoFocus={Boolean(noteId)}
        counter={{ length, max: bodyMax }}
        error={errors.body?.message}
        {...register('body', { validate: validateBody })}
      />
      <div className="form__actions">
        {onCancel && (
          <button type="button" className="button" onClick={onCancel} disabled={isSubmitting}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
