import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormAlert, TextField } from '../../shared/components/fields';
import { formatWait } from '../../shared/rest';
import type { SignInFailure } from '../auth-api';

type Credentials = { email: string; password: string };

type Props = {
  product: string;
  title: string;
  /** Shown above the form until the first attempt, e.g. "Your session has expired". */
  notice?: string | null;
  defaultEmail?: string;
  /** Resolves to why it failed, or null once signed in (the caller then navigates away). */
  onSignIn: (credentials: Credentials) => Promise<SignInFailure | null>;
};

export function SignInForm({ product, title, notice, defaultEmail = '', onSignIn }: Props) {
  const id = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<Credentials>({ defaultValues: { email: defaultEmail, password: '' } });

  const submit = handleSubmit(async ({ email, password }) => {
    setFailure(null);
    const result = await onSignIn({ email: email.trim(), password });
    if (!result) return;
    setFailure(describeFailure(result));
    if (result.kind === 'invalid-input') {
      for (const field of ['email', 'password'] as const) {
        const message = result.fields[field];
        if (message) setError(field, { type: 'server', message });
      }
    }
  });

  const info = failure === null && submitCount === 0 ? notice : null;

  return (
    <main className="sign-in">
      <form
        className="sign-in__card"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-labelledby={`${id}-title`}
      >
        <p className="sign-in__product">{product}</p>
        <h1 id={`${id}-title`} className="sign-in__title">
          {title}
        </h1>

        {info && (
          <p role="status" className="notice notice--info">
            {info}
          </p>
        )}
        <FormAlert message={failure} />

        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          autoFocus={!defaultEmail}
          error={errors.email?.message}
          {...register('email', { required: 'Enter your email address.' })}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          autoFocus={Boolean(defaultEmail)}
          error={errors.password?.message}
          {...register('password', { required: 'Enter your password.' })}
        />

        <button type="submit" className="button button--primary button--block" disabled={isSubmitting}>
          {isSubmitting ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

function describeFailure(failure: SignInFailure): string {
  switch (failure.kind) {
    case 'invalid-credentials':
    case 'invalid-input':
    case 'account-unavailable':
      return failure.message;
    case 'too-many-attempts':
      return failure.retryAfterSeconds === null
        ? 'Too many attempts, try again later.'
        : `Too many attempts, try again in ${formatWait(failure.retryAfterSeconds)}.`;
    case 'network':
      return 'Could not reach the server. Check your connection and try again.';
    case 'unexpected':
      return `Something went wrong on our side (HTTP ${failure.status}). Please try again.`;
  }
}
