import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useRef } from 'react';

/** `onSelect` gets the menu's button, where the focus should return once what it opens closes. */
export type MemberMenuItem = { label: string; onSelect: (menuButton: HTMLElement | null) => void; disabled?: boolean };

/** The actions on one member, as a menu (keyboard: Enter opens, arrows move, Escape closes). */
export function MemberRowMenu({ memberName, items }: { memberName: string; items: readonly MemberMenuItem[] }) {
  const trigger = useRef<HTMLButtonElement>(null);
  if (items.length === 0) return null;
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger ref={trigger} className="button button--small" aria-label={`Actions for ${memberName}`}>
        Actions <span aria-hidden="true">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu menu--compact" align="end" sideOffset={4}>
          {items.map((item) => (
            <DropdownMenu.Item
              key={item.label}
              className="menu__item"
              disabled={item.disabled}
              onSelect={() => item.onSelect(trigger.current)}
            >
              {item.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
