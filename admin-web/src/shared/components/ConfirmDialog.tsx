import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useState, type ReactNode } from 'react';
import { useReturnFocus } from './return-focus';

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  /** Resolves to an error message to show, or null when done (the dialog then closes). */
  onConfirm: () => Promise<string | null>;
  /** Where the focus goes on closing; by default the element that opened the dialog. */
  returnFocusTo?: HTMLElement | null;
  /** Red for what takes something away; the usual colour for a step that only cannot be undone. */
  danger?: boolean;
};

/**
 * Asks before a destructive action. Focus starts on Cancel, so Enter does no harm;
 * the dialog stays open with the error when the action fails.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  pendingLabel,
  onConfirm,
  returnFocusTo,
  danger = true,
}: Props) {
  const [pending, setPending] = useState(false);
  const returnFocus = useReturnFocus(open, returnFocusTo);
  const [error, setError] = useState<string | null>(null);

  function changeOpen(next: boolean) {
    if (pending) return;
    setError(null);
    onOpenChange(next);
  }

  async function confirm() {
    setPending(true);
    setError(null);
    const failure = await onConfirm();
    setPending(false);
    if (failure === null) onOpenChange(false);
    else setError(failure);
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={changeOpen}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog dialog--narrow" onCloseAutoFocus={returnFocus}>
          <AlertDialog.Title className="dialog__title">{title}</AlertDialog.Title>
          <AlertDialog.Description className="dialog__description">{description}</AlertDialog.Description>
          {error && (
            <p role="alert" className="alert">
              {error}
            </p>
          )}
          <div className="dialog__actions">
            <AlertDialog.Cancel className="button" disabled={pending}>
              Cancel
            </AlertDialog.Cancel>
            <AlertDialog.Action
              className={danger ? 'button button--danger' : 'button button--primary'}
              disabled={pending}
              onClick={(event) => {
                // Close only once the action has succeeded.
                event.preventDefault();
                void confirm();
              }}
            >
              {pending ? pendingLabel : confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
