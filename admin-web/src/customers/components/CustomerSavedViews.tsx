import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { CustomerFilter, CustomerListViewFieldsFragment } from '../../gql/graphql';
import { ActionDialog } from '../../shared/components/ActionDialog';
import { ConfirmDialog } from '../../shared/components/ConfirmDialog';
import { SelectField, TextField } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import type { CustomerListParams } from '../list-params';
import {
  CustomerListViewCreateMutation,
  CustomerListViewDeleteMutation,
  CustomerListViewsQuery,
  toListParams,
} from '../saved-views';

type Props = {
  params: CustomerListParams;
  filter: CustomerFilter | null;
  onPick: (params: CustomerListParams) => void;
};

type Values = { name: string; shared: boolean };
const nameMax = 100;

/**
 * Saved views: the list's search, filters, sort and columns under a name, for the operator
 * alone or for every operator of the partner. Picking one puts its state in the URL.
 */
export function CustomerSavedViews({ params, filter, onPick }: Props) {
  const client = useApolloClient();
  const { data } = useQuery(CustomerListViewsQuery);
  const views = data?.customerListViews ?? [];
  const [pickedId, setPickedId] = useState('');
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<CustomerListViewFieldsFragment | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { name: '', shared: false } });
  const picked = views.find((view) => view.id === pickedId) ?? null;

  const save = handleSubmit(async (values) => {
    setSaveError(null);
    try {
      const { data: answer } = await client.mutate({
        mutation: CustomerListViewCreateMutation,
        variables: {
          input: {
            name: values.name.trim(),
            shared: values.shared,
            filter,
            sortKey: params.sortKey,
            reverse: params.reverse,
            columns: [...params.columns],
          },
        },
        refetchQueries: [CustomerListViewsQuery],
        awaitRefetchQueries: true,
      });
      const payload = answer?.customerListViewCreate;
      if (payload?.customerListView) {
        setPickedId(payload.customerListView.id);
        setSaving(false);
        reset();
      } else setSaveError(payload?.userErrors.map((e) => e.message).join(' ') || 'The view was not saved.');
    } catch (failure) {
      setSaveError(describeError(failure, 'The view was not saved'));
    }
  });

  async function remove(view: CustomerListViewFieldsFragment): Promise<string | null> {
    try {
      const { data: answer } = await client.mutate({
        mutation: CustomerListViewDeleteMutation,
        variables: { input: { id: view.id } },
        refetchQueries: [CustomerListViewsQuery],
        awaitRefetchQueries: true,
      });
      const refusal = answer?.customerListViewDelete.userErrors.map((e) => e.message).join(' ');
      if (refusal) return refusal;
      setPickedId('');
      setDeleting(null);
      return null;
    } catch (failure) {
      return describeError(failure, 'The view was not deleted');
    }
  }

  return (
    <>
      <SelectField
        label="Saved view"
        value={pickedId}
        onChange={(event) => {
          setPickedId(event.target.value);
          const view = views.find((v) => v.id === event.target.value);
          if (view) onPick(toListParams(view));
        }}
      >
        <option value="">Choose a view…</option>
        {views.map((view) => (
          <option key={view.id} value={view.id}>
            {view.name}
            {view.shared ? ' (shared)' : ''}
          </option>
        ))}
      </SelectField>
      <button type="button" className="button" onClick={() => setSaving(true)}>
        Save view…
      </button>
      {picked?.canEdit && (
        <button type="button" className="button" onClick={() => setDeleting(picked)}>
          Delete view
        </button>
      )}
      {saving && (
        <ActionDialog
          open
          onOpenChange={(next) => {
            if (!next) setSaving(false);
          }}
          title="Save this view"
          description="Keeps the search, filters, sort and columns under a name."
          onSubmit={(event) => void save(event)}
          submitLabel="Save view"
          pendingLabel="Saving…"
          pending={isSubmitting}
          error={saveError}
        >
          <TextField
            label="Name"
            autoFocus
            error={errors.name?.message}
            {...register('name', {
              validate: (value) => (value.trim() ? true : 'Give the view a name.'),
              maxLength: { value: nameMax, message: `Use at most ${nameMax} characters.` },
            })}
          />
          <label className="checkbox checkbox--stacked">
            <input type="checkbox" {...register('shared')} />
            <span>Shared with every operator</span>
          </label>
        </ActionDialog>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(next) => {
          if (!next) setDeleting(null);
        }}
        title={`Delete the view “${deleting?.name ?? ''}”?`}
        description={deleting?.shared ? 'Every operator loses it.' : 'Only the view goes; no customer changes.'}
        confirmLabel="Delete view"
        pendingLabel="Deleting…"
        onConfirm={() => (deleting ? remove(deleting) : Promise.resolve(null))}
      />
    </>
  );
}
