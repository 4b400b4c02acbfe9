import * as DropdownMenu from '@radix-ui/react-dropdown-menu';

export type MemberMenuItem = { label: string; onSelect: () => void; disabled?: boolean };

/** The actions on one member, as a menu (keyboard: Enter opens, arrows move, Escape closes). */
export function MemberRowMenu({ memberName, items }: { memberName: string; items: readonly MemberMenuItem[] }) {
  if (items.length === 0) return null;
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="button button--small" aria-label={`Actions for ${memberName}`}>
        Actions <span aria-hidden="true">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu menu--compact" align="end" sideOffset={4}>
          {items.map((item) => (
            <DropdownMenu.Item
              key={item.label}
              className="menu__item"
              disabled={item.disabled}
              onSelect={item.onSelect}
            >
              {item.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
