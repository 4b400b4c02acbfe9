import { useLayoutEffect, useRef } from 'react';

/**
 * Where the focus goes when a dialog closes: the element given, else the one that had the
 * focus when the dialog opened (if it is still on the page). Radix returns the focus only to
 * its own Trigger, and these dialogs are opened from table rows and menus instead.
 *
 * Returns the handler for the dialog content's `onCloseAutoFocus`.
 */
export function useReturnFocus(open: boolean, returnFocusTo?: HTMLElement | null): (event: Event) => void {
  const opener = useRef<HTMLElement | null>(null);
  // Kept from while the dialog was open: callers often drop it in the same change that closes it.
  const given = useRef<HTMLElement | null>(null);

  // A layout effect runs before Radix moves the focus into the dialog (in a passive effect).
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement && document.activeElement !== document.body) {
      opener.current = document.activeElement;
    }
  }, [open]);
  useLayoutEffect(() => {
    if (open && returnFocusTo) given.current = returnFocusTo;
  }, [open, returnFocusTo]);

  return (event: Event) => {
    const candidates = [given.current, opener.current];
    opener.current = null;
    given.current = null;
    const target = candidates.find((element) => element?.isConnected);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
}
