import type { FormEvent, ReactNode } from 'react';
import { Dialog, DialogClose } from './Dialog';
import { FormAlert } from './fields';

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  /** The form's fields; the form itself (react-hook-form) belongs to the caller. */
  children?: ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** A message about the whole action (not one field). */
  error: string | null;
  /** Red for what cannot be undone or takes something away. */
  danger?: boolean;
  /** Extra content after the fields, e.g. what blocks the action. */
  footer?: ReactNode;
  /** Where the focus goes on closing; by default the element that opened the dialog. */
  returnFocusTo?: HTMLElement | null;
  /** Room for fields laid out in columns. */
  wide?: boolean;
};

/**
 * A dialog that asks for what one action needs and then does it: focus moves into the first
 * field and back to the opener when it closes, Escape cancels, Enter submits.
 */
export function ActionDialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  onSubmit,
  submitLabel,
  pendingLabel,
  pending,
  error,
  danger = false,
  footer,
  returnFocusTo,
  wide,
}: Props) {
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        // Closing mid-request would hide its outcome.
        if (!pending) onOpenChange(next);
      }}
      title={title}
      description={description}
      returnFocusTo={returnFocusTo}
      wide={wide}
    >
      <form className="dialog__form" onSubmit={onSubmit} noValidate>
        <FormAlert message={error} />
        {children}
        {footer}
        <div className="dialog__actions">
          <DialogClose className="button" type="button" disabled={pending}>
            Cancel
          </DialogClose>
          <button
            type="submit"
            className={danger ? 'button button--danger' : 'button button--primary'}
            disabled={pending}
          >
            {pending ? pendingLabel : submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
