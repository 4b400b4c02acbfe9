import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useReturnFocus } from './return-focus';

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  /** False while closing by accident would lose something (a secret shown once). */
  dismissible?: boolean;
  /** Where the focus goes on closing; by default the element that opened the dialog. */
  returnFocusTo?: HTMLElement | null;
  /** Room for a form laid out in columns, e.g. priced lines. */
  wide?: boolean;
  children: ReactNode;
};

/** A modal dialog: focus moves in and back, Escape and a click outside close it. */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  dismissible = true,
  returnFocusTo,
  wide = false,
  children,
}: Props) {
  const block = dismissible ? undefined : (event: Event) => event.preventDefault();
  const returnFocus = useReturnFocus(open, returnFocusTo);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className={wide ? 'dialog dialog--wide' : 'dialog'}
          onPointerDownOutside={block}
          onEscapeKeyDown={block}
          onCloseAutoFocus={returnFocus}
          // Radix wants a description or an explicit "none".
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <RadixDialog.Title className="dialog__title">{title}</RadixDialog.Title>
          {description && (
            <RadixDialog.Description className="dialog__description">{description}</RadixDialog.Description>
          )}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** Closes the enclosing dialog; for Cancel and Done buttons. */
export const DialogClose = RadixDialog.Close;
