import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate } from 'react-router';
import { useAppLinks } from '../../platform/app-links';
import { FormAlert, TextField } from '../../shared/components/fields';
import { acceptInvitation } from '../auth-api';
import type { SignInLocationState } from '../RequireAuth';

const minPasswordLength = 12;

type Props = {
  /** Who the page is dressed for; where to sign in afterwards follows the invitation itself. */
  audience: 'operator' | 'member';
};

type Values = { password: string; confirmation: string };

/** `/invitation#token=…`: choose a password, then sign in. The token stays in the fragment, off server logs. */
export function AcceptInvitationView({ audience }: Props) {
  const id = useId();
  const location = useLocation();
  const navigate = useNavigate();
  const links = useAppLinks();
  const token = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  const [failure, setFailure] = useState<{ message: string; invalid: boolean } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { password: '', confirmation: '' } });

  const product = audience === 'operator' ? 'Clientele' : 'Customer portal';
  const signInPath = links.signIn[audience];

  if (!token) {
    return (
      <main className="sign-in">
        <div className="sign-in__card">
          <p className="sign-in__product">{product}</p>
          <h1 className="sign-in__title">Invitation link incomplete</h1>
          <p role="alert" className="alert">
            This link has no invitation in it. Open the whole link you were sent, or ask for a new invitation.
          </p>
          <Link to={signInPath}>Go to sign-in</Link>
        </div>
      </main>
    );
  }

  const submit = handleSubmit(async ({ password }) => {
    setFailure(null);
    const result = await acceptInvitation({ token, password });
    if (result.ok) {
      const state: SignInLocationState = {
        notice: `Your password is set. Sign in as ${result.value.email}.`,
        email: result.value.email,
      };
      await navigate(links.signIn[result.value.kind], { replace: true, state });
      return;
    }
    switch (result.kind) {
      case 'invalid-input':
        if (result.fields.password) setError('password', { type: 'server', message: result.fields.password });
        else setFailure({ message: result.message, invalid: false });
        return;
      case 'invitation-invalid':
        setFailure({
          message: `${result.message} Ask whoever invited you for a new invitation.`,
          invalid: true,
        });
        return;
      case 'refused':
        setFailure({ message: result.message, invalid: true });
        return;
      case 'network':
        setFailure({ message: 'Could not reach the server. Check your connection and try again.', invalid: false });
        return;
      case 'unexpected':
        setFailure({
          message: `Something went wrong on our side (HTTP ${result.status}). Please try again.`,
          invalid: false,
        });
    }
  });

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
          Accept your invitation
        </h1>
        <p className="muted">Choose a password to finish setting up your account.</p>

        <FormAlert message={failure?.message} />

        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          autoFocus
          hint={`At least ${minPasswordLength} characters.`}
          error={errors.password?.message}
          {...register('password', {
            required: 'Choose a password.',
            minLength: { value: minPasswordLength, message: `Use at least ${minPasswordLength} characters.` },
          })}
        />
        <TextField
          label="Confirm password"
          type="password"
          autoComplete="new-password"
          error={errors.confirmation?.message}
          {...register('confirmation', {
            required: 'Type the password again.',
            validate: (value, values) => value === values.password || 'The passwords do not match.',
          })}
        />

        <button
          type="submit"
          className="button button--primary button--block"
          disabled={isSubmitting || failure?.invalid === true}
        >
          {isSubmitting ? 'Setting password…' : 'Set password'}
        </button>
        <p className="muted">
          Already set? <Link to={signInPath}>Sign in</Link>
        </p>
      </form>
    </main>
  );
}
