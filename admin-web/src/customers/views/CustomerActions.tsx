import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useRef, useState } from 'react';
import { hasPermission, useViewer } from '../../platform/viewer';
import { AccountNumberDialog } from '../components/AccountNumberDialog';
import { LogInAsDialog } from '../components/LogInAsDialog';
import { TransitionDialog } from '../components/TransitionDialog';
import type { CustomerTransition } from '../mutations';
import type { CustomerPageFieldsFragment } from '../queries';
import { transitionCopy, transitionOrder } from '../transitions';

/** The dialog open now; `returnTo` is the menu's button, where the focus goes back. */
type Open =
  | { kind: 'transition'; transition: CustomerTransition; returnTo: HTMLElement | null }
  | { kind: 'account-number'; returnTo: HTMLElement | null }
  | null;

type Props = {
  customer: CustomerPageFieldsFragment;
  /** Called with a sentence to show on the page once an action succeeded. */
  onDone: (message: string) => void;
};

/**
 * What the viewer may do to this customer, in the page header: log in as, and one menu of the
 * changes its status allows now (so the header stays one line wide, also on a phone).
 */
export function CustomerActions({ customer, onDone }: Props) {
  const viewer = useViewer();
  const trigger = useRef<HTMLButtonElement>(null);
  const [loggingIn, setLoggingIn] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const canLogInAs = hasPermission(viewer, 'customers:impersonate') && customer.status !== 'CLOSED';
  const canWrite = hasPermission(viewer, 'customers:write');
  // Erasing asks for the operator's own password: only people have one.
  const transitions = canWrite
    ? transitionOrder.filter(
        (transition) =>
          transitionCopy[transition].offered(customer) &&
          (transitionCopy[transition].asks !== 'password' || viewer.kind === 'OPERATOR'),
      )
    : [];
  const canChangeNumber = canWrite && customer.status !== 'CLOSED';

  function done(message: string) {
    setOpen(null);
    onDone(message);
  }

  return (
    <>
      {canLogInAs && (
        <button type="button" className="button" onClick={() => setLoggingIn(true)}>
          Log in as…
        </button>
      )}
      {(transitions.length > 0 || canChangeNumber) && (
        <DropdownMenu.Root>
          <DropdownMenu.Trigger ref={trigger} className="button">
            Actions <span aria-hidden="true">▾</span>
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content className="menu menu--compact" align="end" sideOffset={4}>
              {canChangeNumber && (
                <DropdownMenu.Item
                  className="menu__item"
                  onSelect={() => setOpen({ kind: 'account-number', returnTo: trigger.current })}
                >
                  Change account number…
                </DropdownMenu.Item>
              )}
              {transitions.map((transition) => (
                <DropdownMenu.Item
                  key={transition}
                  className={transitionCopy[transition].danger ? 'menu__item menu__item--danger' : 'menu__item'}
                  onSelect={() => setOpen({ kind: 'transition', transition, returnTo: trigger.current })}
                >
                  {transitionCopy[transition].label}
                </DropdownMenu.Item>
              ))}
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      )}
      {open?.kind === 'transition' && (
        <TransitionDialog
          transition={open.transition}
          customer={customer}
          onDone={done}
          onClose={() => setOpen(null)}
          returnFocusTo={open.returnTo}
        />
      )}
      {open?.kind === 'account-number' && (
        <AccountNumberDialog
          customer={customer}
          onDone={done}
          onClose={() => setOpen(null)}
          returnFocusTo={open.returnTo}
        />
      )}
      {canLogInAs && <LogInAsDialog customer={loggingIn ? customer : null} onClose={() => setLoggingIn(false)} />}
    </>
  );
}
