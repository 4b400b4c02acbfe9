import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useState } from 'react';
import { signOut } from '../auth';
import { roleLabel, type Viewer } from '../platform/viewer';

/** The viewer's name and role in the header; opens to their details and Sign out. */
export function AccountMenu({ viewer }: { viewer: Viewer }) {
  const [signingOut, setSigningOut] = useState(false);
  const [failed, setFailed] = useState(false);

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="account-menu__trigger" aria-label={`Account: ${viewer.name}`}>
        <span className="account-menu__text">
          <span data-testid="viewer-name" className="account-menu__name">
            {viewer.name}
          </span>
          <span className="account-menu__role">{roleLabel(viewer.role)}</span>
        </span>
        <span aria-hidden="true" className="account-menu__chevron">
          ▾
        </span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
          <div className="menu__header">
            <p className="menu__name">{viewer.name}</p>
            {viewer.email && <p className="muted">{viewer.email}</p>}
            <p className="muted">
              {roleLabel(viewer.role)}
              {viewer.partner && ` · ${viewer.partner.name}`}
            </p>
            {viewer.reseller && <p className="muted">Limited to {viewer.reseller.name}</p>}
          </div>
          <DropdownMenu.Separator className="menu__separator" />
          <DropdownMenu.Item
            className="menu__item"
            disabled={signingOut}
            onSelect={(event) => {
              // Keep the menu up, showing progress, until the server has ended the session.
              event.preventDefault();
              setSigningOut(true);
              setFailed(false);
              void signOut().then((ok) => {
                setSigningOut(false);
                setFailed(!ok);
              });
            }}
          >
            {signingOut ? 'Signing out…' : 'Sign out'}
          </DropdownMenu.Item>
          <p role="status" className="menu__error">
            {failed ? 'Could not reach the server to sign out. Try again.' : ''}
          </p>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
