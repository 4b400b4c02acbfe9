import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { hasPermission, useViewer } from '../../platform/viewer';
import { FormAlert, TextField } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import { useCustomerOutlet } from '../customer-outlet';
import { applyServerErrors } from '../../shared/form-errors';
import { CustomerTagsAddMutation, CustomerTagsRemoveMutation } from '../mutations';
import { CustomerTagsQuery } from '../queries';

type Feedback = { tone: 'success' | 'error'; message: string };

const tagMax = 40;
const tagsPerChange = 20;

/** "vip, Wholesale ,vip" → ["vip", "Wholesale"]: split on commas, trimmed, once each ignoring case. */
function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(',')) {
    const tag = part.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

function validateTags(text: string): true | string {
  const tags = parseTags(text);
  if (tags.length === 0) return 'Write at least one tag.';
  if (tags.length > tagsPerChange) return `Add at most ${tagsPerChange} tags at once.`;
  const long = tags.find((tag) => tag.length > tagMax);
  return long ? `“${long.slice(0, 20)}…” is longer than ${tagMax} characters.` : true;
}

const listOf = (tags: readonly string[]) => tags.map((tag) => `“${tag}”`).join(', ');

/**
 * The customer's tags: add several at once (the partner's tags in use are offered), take off
 * the ones ticked. Each change names only the tags it adds or removes, never the whole set, so
 * two operators tagging at once do not undo each other.
 */
export function CustomerTagsTab() {
  const { customer } = useCustomerOutlet();
  const viewer = useViewer();
  const canWrite = hasPermission(viewer, 'customers:write') && customer.status !== 'CLOSED';
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { data, loading, error, refetch } = useQuery(CustomerTagsQuery, {
    variables: { id: customer.id },
    fetchPolicy: 'cache-and-network',
  });
  // The partner's counts change with every add or remove.
  const refetchCounts = { refetchQueries: ['CustomerTags', 'CustomerActivity'], awaitRefetchQueries: true };
  const [add] = useMutation(CustomerTagsAddMutation, refetchCounts);
  const [remove, { loading: removing }] = useMutation(CustomerTagsRemoveMutation, refetchCounts);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    setFocus,
    getValues,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<{ tags: string }>({ defaultValues: { tags: '' }, reValidateMode: 'onSubmit' });

  const tags = data?.customer?.tags;
  const own = new Set((tags ?? []).map((tag) => tag.toLowerCase()));
  const suggestions = (data?.customerTags ?? []).filter((entry) => !own.has(entry.tag.toLowerCase())).slice(0, 30);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    setFeedback(null);
    const adding = parseTags(values.tags);
    try {
      const { data: result } = await add({ variables: { input: { customerIds: [customer.id], tags: adding } } });
      const payload = result?.customerTagsAdd;
      if (!payload) return;
      if (payload.userErrors.length === 0) {
        reset({ tags: '' });
        setFeedback({ tone: 'success', message: `Tagged ${listOf(adding)}.` });
        return;
      }
      setFormError(applyServerErrors(payload.userErrors, setError, ['tags']));
    } catch (caught) {
      setFormError(describeError(caught, 'No tags were added'));
    }
  });

  async function removeSelected() {
    const removing = (tags ?? []).filter((tag) => selected.has(tag));
    if (removing.length === 0) return;
    setFeedback(null);
    try {
      const { data: result } = await remove({ variables: { input: { customerIds: [customer.id], tags: removing } } });
      const payload = result?.customerTagsRemove;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        setFeedback({ tone: 'error', message: payload.userErrors.map((e) => e.message).join(' ') });
        return;
      }
      setSelected(new Set());
      setFeedback({ tone: 'success', message: `Removed ${listOf(removing)}.` });
    } catch (caught) {
      setFeedback({ tone: 'error', message: describeError(caught, 'No tags were removed') });
    }
  }

  function suggest(tag: string) {
    const current = parseTags(getValues('tags'));
    if (!current.some((t) => t.toLowerCase() === tag.toLowerCase())) {
      setValue('tags', [...current, tag].join(', '));
      setFocus('tags');
    }
  }

  let content;
  if (!tags && loading) {
    content = (
      <p className="state" role="status">
        Loading tags…
      </p>
    );
  } else if (!tags) {
    content = (
      <div className="state state--error" role="alert">
        <p>{error ? 'Tags could not be loaded.' : 'This customer is no longer visible.'}</p>
        <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </button>
      </div>
    );
  } else if (tags.length === 0) {
    content = <p className="state">No tags yet.</p>;
  } else {
    content = (
      <fieldset className="fieldset">
        <legend>{canWrite ? 'Tags on this customer — tick the ones to remove' : 'Tags on this customer'}</legend>
        <ul className="tag-list" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag} className="tag" data-testid="tag">
              {canWrite ? (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={selected.has(tag)}
                    onChange={(event) => {
                      const next = new Set(selected);
                      if (event.target.checked) next.add(tag);
                      else next.delete(tag);
                      setSelected(next);
                    }}
                  />
                  <span>{tag}</span>
                </label>
              ) : (
                tag
              )}
            </li>
          ))}
        </ul>
        {canWrite && (
          <div className="toolbar">
            <button
              type="button"
              className="button"
              disabled={selected.size === 0 || removing}
              onClick={() => void removeSelected()}
            >
              {removing ? 'Removing…' : `Remove selected (${selected.size})`}
            </button>
          </div>
        )}
      </fieldset>
    );
  }

  return (
    <section className="page" aria-labelledby="customer-tags-title">
      <h2 id="customer-tags-title" className="section-title">
        Tags
      </h2>
      {feedback && (
        <p className={feedback.tone === 'success' ? 'notice notice--success' : 'alert'} role="status">
          {feedback.message}
        </p>
      )}
      {content}
      {canWrite && tags && (
        <form className="form" aria-label="Add tags" onSubmit={(event) => void submit(event)} noValidate>
          <FormAlert message={formError} />
          <div className="toolbar">
            <TextField
              label="Add tags"
              autoComplete="off"
              hint={`Separate tags with commas; up to ${tagsPerChange} at once, each at most ${tagMax} characters.`}
              error={errors.tags?.message}
              {...register('tags', { validate: validateTags })}
            />
            <button type="submit" className="button button--primary" disabled={isSubmitting}>
              {isSubmitting ? 'Adding…' : 'Add'}
            </button>
          </div>
          {suggestions.length > 0 && (
            <div className="tag-suggestions">
              <p className="muted" id="tag-suggestions-label">
                In use at your customers:
              </p>
              <ul className="tag-list" aria-labelledby="tag-suggestions-label">
                {suggestions.map((entry) => (
                  <li key={entry.tag}>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Add ${entry.tag}, on ${entry.customerCount} customers`}
                      onClick={() => suggest(entry.tag)}
                    >
                      {entry.tag} <span className="muted">({entry.customerCount})</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </form>
      )}
    </section>
  );
}
