import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { portalUrl } from '../../portal';
import { Dialog, DialogClose } from '../../shared/components/Dialog';
import { FormAlert, TextField } from '../../shared/components/fields';
import { formatTime } from '../../shared/format';
import { describeError } from '../../shared/graphql-errors';
import { applyUserErrors } from '../../shared/user-errors';
import { CustomerImpersonateMutation } from '../mutations';

type Props = {
  customer: { id: string; name: string } | null;
  onClose: () => void;
};

type Started = { url: string; expiresAt: string; opened: boolean };

/**
 * Re-enter your password, then the portal opens in a new tab with the token in the URL
 * fragment (never sent to a server). Browsers may block a tab opened after the password
 * check, so the dialog then offers a link to click instead.
 */
export function LogInAsDialog({ customer, onClose }: Props) {
  const [started, setStarted] = useState<Started | null>(null);

  return (
    <Dialog
      open={customer !== null}
      onOpenChange={(open) => {
        if (open) return;
        setStarted(null);
        onClose();
      }}
      title={`Log in as ${customer?.name ?? ''}`}
      description={
        started
          ? undefined
          : `Re-enter your password to log in as ${customer?.name ?? ''}. The portal opens in a new tab and shows what the customer sees; everything you do there is recorded under your name.`
      }
    >
      {customer &&
        (started ? (
          <PortalOpened customerName={customer.name} started={started} />
        ) : (
          <PasswordForm customer={customer} onStarted={setStarted} />
        ))}
    </Dialog>
  );
}

function PasswordForm({
  customer,
  onStarted,
}: {
  customer: { id: string; name: string };
  onStarted: (started: Started) => void;
}) {
  const [impersonate] = useMutation(CustomerImpersonateMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    resetField,
    formState: { errors, isSubmitting },
  } = useForm<{ password: string }>({ defaultValues: { password: '' } });

  const submit = handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      const { data } = await impersonate({ variables: { input: { customerId: customer.id, password } } });
      const payload = data?.customerImpersonate;
      if (!payload) return;
      if (!payload.session) {
        resetField('password', { keepError: true });
        setFormError(
          applyUserErrors(payload.userErrors, setError, ['password']) ??
            (payload.userErrors.length ? null : 'The portal session could not be started.'),
        );
        return;
      }
      const url = portalUrl({ accessToken: payload.session.accessToken });
      const tab = window.open(url, '_blank');
      // The portal is ours, but it has no business reaching back into this window.
      if (tab) tab.opener = null;
      onStarted({ url, expiresAt: payload.session.expiresAt, opened: tab !== null });
    } catch (error) {
      setFormError(describeError(error, 'The portal session could not be started'));
    }
  });

  return (
    <form className="dialog__form" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert message={formError} />
      <TextField
        label="Your password"
        type="password"
        autoComplete="current-password"
        autoFocus
        error={errors.password?.message}
        {...register('password', { required: 'Enter your password.' })}
      />
      <div className="dialog__actions">
        <DialogClose className="button" type="button">
          Cancel
        </DialogClose>
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Checking…' : `Log in as ${customer.name}`}
        </button>
      </div>
    </form>
  );
}

function PortalOpened({ customerName, started }: { customerName: string; started: Started }) {
  return (
    <div className="dialog__form">
      <p role="status" className="notice notice--success">
        {started.opened
          ? `The portal of ${customerName} opened in a new tab.`
          : `Your browser did not open a new tab. Open the portal of ${customerName} with the button below.`}{' '}
        The session ends at {formatTime(started.expiresAt)}.
      </p>
      <div className="dialog__actions">
        <a className="button" href={started.url} target="_blank" rel="noopener noreferrer">
          {started.opened ? 'Open again' : 'Open portal'}
        </a>
        <DialogClose className="button button--primary" type="button">
          Done
        </DialogClose>
      </div>
    </div>
  );
}
