import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { customerColumns, defaultCustomerColumns, normaliseColumns, type CustomerColumnId } from '../list-columns';

type Props = {
  shown: readonly CustomerColumnId[];
  /** Takes a change rather than a list: two ticks may land before the list re-renders. */
  onChange: (change: (columns: readonly CustomerColumnId[]) => CustomerColumnId[]) => void;
};

/** Ticks the list's columns on and off; the menu stays open so several can be changed in a row. */
export function ColumnChooser({ shown, onChange }: Props) {
  const current = new Set(shown);
  const isDefault = normaliseColumns(shown).join(',') === normaliseColumns(defaultCustomerColumns).join(',');
  const toggle = (id: CustomerColumnId, on: boolean) =>
    onChange((columns) => normaliseColumns(on ? [...columns, id] : columns.filter((column) => column !== id)));

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="button">
        Columns <span aria-hidden="true">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu menu--compact" align="end" sideOffset={4}>
          <DropdownMenu.Label className="menu__label">Show columns</DropdownMenu.Label>
          {customerColumns.map((column) => {
            const fixed = 'alwaysShown' in column;
            return (
              <DropdownMenu.CheckboxItem
                key={column.id}
                className="menu__item menu__item--check"
                checked={current.has(column.id)}
                disabled={fixed}
                onCheckedChange={(on) => toggle(column.id, on)}
                // Keep the menu open: choosing columns is usually several ticks.
                onSelect={(event) => event.preventDefault()}
              >
                <span className="menu__check" aria-hidden="true">
                  {current.has(column.id) ? '✓' : ''}
                </span>
                {column.label}
              </DropdownMenu.CheckboxItem>
            );
          })}
          <DropdownMenu.Separator className="menu__separator" />
          <DropdownMenu.Item
            className="menu__item"
            disabled={isDefault}
            onSelect={() => onChange(() => normaliseColumns(defaultCustomerColumns))}
          >
            Reset columns
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
