import { useId, useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { SignInLocationState } from '../RequireAuth';
import { startSession } from '../session';
import { signIn, type SignInField, type SignInResult } from '../sign-in-api';
import { useAuthState } from '../useAuthState';

type FormError = {
  message: string;
  fields: Partial<Record<SignInField, string>>;
};

export function SignInView() {
  const auth = useAuthState();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const id = useId();

  const from = (location.state as SignInLocationState | null)?.from;
  const target = from && from.startsWith('/') && !from.startsWith('/sign-in') ? from : '/customers';

  // Also the way out after a successful sign-in: startSession() re-renders this view.
  if (auth.status === 'signed-in') {
    return <Navigate to={target} replace />;
  }

  const notice =
    auth.status === 'signed-out' && auth.reason === 'expired' && error === null
      ? 'Your session has expired. Please sign in again.'
      : null;

  async function submit() {
    setPending(true);
    setError(null);
    const result = await signIn({ email: email.trim(), password });
    if (result.ok) {
      startSession(result.value);
      return;
    }
    setPending(false);
    setError(describeFailure(result));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    void submit();
  }

  const emailErrorId = `${id}-email-error`;
  const passwordErrorId = `${id}-password-error`;

  return (
    <main className="sign-in">
      <form className="sign-in__card" onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
        <p className="sign-in__product">Clientele</p>
        <h1 id={`${id}-title`} className="sign-in__title">
          Sign in
        </h1>

        <div role="alert" className="sign-in__alert" data-empty={!error && !notice ? '' : undefined}>
          {error?.message ?? notice}
        </div>

        <div className="field">
          <label htmlFor={`${id}-email`}>Email</label>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="username"
            autoFocus
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={error?.fields.email ? true : undefined}
            aria-describedby={error?.fields.email ? emailErrorId : undefined}
          />
          {error?.fields.email && (
            <p id={emailErrorId} className="field__error">
              {error.fields.email}
            </p>
          )}
        </div>

        <div className="field">
          <label htmlFor={`${id}-password`}>Password</label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={error?.fields.password ? true : undefined}
            aria-describedby={error?.fields.password ? passwordErrorId : undefined}
          />
          {error?.fields.password && (
            <p id={passwordErrorId} className="field__error">
              {error.fields.password}
            </p>
          )}
        </div>

        <button type="submit" className="button button--primary button--block" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

function describeFailure(result: Exclude<SignInResult, { ok: true }>): FormError {
  switch (result.kind) {
    case 'invalid-credentials':
      return { message: result.message, fields: {} };
    case 'invalid-input':
      return { message: result.message, fields: result.fieldErrors };
    case 'too-many-attempts':
      return {
        message:
          result.retryAfterSeconds === null
            ? result.message
            : `${result.message} Try again in ${formatWait(result.retryAfterSeconds)}.`,
        fields: {},
      };
    case 'network':
      return {
        message: 'Could not reach the server. Check your connection and try again.',
        fields: {},
      };
    case 'unexpected':
      return {
        message: `Something went wrong on our side (HTTP ${result.status}). Please try again.`,
        fields: {},
      };
  }
}

function formatWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
