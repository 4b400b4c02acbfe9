import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ApiKeyScope } from '../../gql/graphql';
import { CopyField } from '../../shared/components/CopyField';
import { Dialog, DialogClose } from '../../shared/components/Dialog';
import { FormAlert, TextField } from '../../shared/components/fields';
import { describeError } from '../../shared/graphql-errors';
import { applyUserErrors } from '../../shared/user-errors';
import { ApiKeyCreateMutation } from '../mutations';
import { scopeGroups, scopeLabel } from '../scopes';

type Values = { name: string; scopes: ApiKeyScope[] };

type Created = { name: string; secret: string };

type Props = { open: boolean; onOpenChange: (open: boolean) => void };

/** The form, then the secret, once: the server keeps only its hash. */
export function CreateApiKeyDialog({ open, onOpenChange }: Props) {
  const [created, setCreated] = useState<Created | null>(null);

  function changeOpen(next: boolean) {
    onOpenChange(next);
    // Forget the secret as soon as the dialog closes.
    if (!next) setCreated(null);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={changeOpen}
      title={created ? `API key “${created.name}” created` : 'Create API key'}
      description={created ? undefined : 'Partner systems use API keys to call the GraphQL API.'}
      // A stray click or Escape must not throw the secret away.
      dismissible={!created}
    >
      {created ? <SecretReveal created={created} /> : <CreateForm onCreated={setCreated} />}
    </Dialog>
  );
}

function CreateForm({ onCreated }: { onCreated: (created: Created) => void }) {
  const [create] = useMutation(ApiKeyCreateMutation, { refetchQueries: ['ApiKeyList'] });
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { name: '', scopes: [] } });

  const submit = handleSubmit(async ({ name, scopes }) => {
    setFormError(null);
    try {
      const { data } = await create({ variables: { input: { name: name.trim(), scopes } } });
      const payload = data?.apiKeyCreate;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.secret) {
        setFormError(
          applyUserErrors(payload.userErrors, setError, ['name', 'scopes']) ??
            (payload.userErrors.length ? null : 'The key could not be created.'),
        );
        return;
      }
      onCreated({ name: payload.apiKey?.name ?? name.trim(), secret: payload.secret });
    } catch (error) {
      setFormError(describeError(error, 'The key could not be created'));
    }
  });

  return (
    <form className="dialog__form" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert message={formError} />
      <TextField
        label="Name"
        autoComplete="off"
        autoFocus
        hint="What uses it, e.g. “CRM sync”."
        error={errors.name?.message}
        {...register('name', { required: 'Name the key.', validate: (v) => v.trim() !== '' || 'Name the key.' })}
      />
      <fieldset className="fieldset" aria-describedby={errors.scopes ? 'api-key-scopes-error' : undefined}>
        <legend>Scopes</legend>
        <div className="scope-groups">
          {scopeGroups.map((group) => (
            <fieldset key={group.title} className="scope-group">
              <legend>{group.title}</legend>
              {group.scopes.map(({ scope, hint }) => (
                <label key={scope} className="checkbox checkbox--stacked">
                  <input
                    type="checkbox"
                    value={scope}
                    {...register('scopes', { validate: (value) => value.length > 0 || 'Choose at least one scope.' })}
                  />
                  <span>
                    {scopeLabel(scope)}
                    <span className="field__hint">{hint}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
        {errors.scopes && (
          <p id="api-key-scopes-error" className="field__error">
            {errors.scopes.message}
          </p>
        )}
      </fieldset>
      <div className="dialog__actions">
        <DialogClose className="button" type="button">
          Cancel
        </DialogClose>
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Creating…' : 'Create key'}
        </button>
      </div>
    </form>
  );
}

function SecretReveal({ created }: { created: Created }) {
  return (
    <div className="dialog__form">
      <p role="alert" className="notice">
        Copy the secret now. You will not see it again: Clientele stores only a fingerprint of it. If it is lost, revoke
        the key and create a new one.
      </p>
      <CopyField label="Secret" value={created.secret} mono />
      <p className="muted">
        Send it as <code>Authorization: Bearer &lt;secret&gt;</code>.
      </p>
      <div className="dialog__actions">
        <DialogClose className="button button--primary" type="button">
          I have copied it
        </DialogClose>
      </div>
    </div>
  );
}
