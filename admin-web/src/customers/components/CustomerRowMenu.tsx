import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Link } from 'react-router';
import type { CustomerTabEntry } from '../tabs';
import { customerUrl } from '../urls';

/** Jumps from a list row straight to one section of the customer page. */
export function CustomerRowMenu({
  customer,
  tabs,
}: {
  customer: { id: string; name: string };
  tabs: readonly CustomerTabEntry[];
}) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="button button--small" aria-label={`Open ${customer.name} at…`}>
        <span aria-hidden="true">⋯</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu menu--compact" align="end" sideOffset={4}>
          <DropdownMenu.Label className="menu__label">Open {customer.name} at</DropdownMenu.Label>
          {tabs.map(({ tab, label }) => (
            <DropdownMenu.Item key={tab} className="menu__item" asChild>
              <Link to={customerUrl(customer.id, tab)}>{label}</Link>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
