/**
 * Which customers of the list are selected. Rows are loaded a page at a time, so "everything
 * that matches this filter" cannot be a list of ids: it is the filter itself, less the rows the
 * operator unticked afterwards.
 */
export type CustomerSelection =
  { kind: 'ids'; ids: ReadonlySet<string> } | { kind: 'matching'; excluded: ReadonlySet<string> };

export const noSelection: CustomerSelection = { kind: 'ids', ids: new Set() };

export function isSelected(selection: CustomerSelection, id: string): boolean {
  return selection.kind === 'ids' ? selection.ids.has(id) : !selection.excluded.has(id);
}

/** How many customers the selection holds, given how many match the filter. */
export function selectedCount(selection: CustomerSelection, totalCount: number): number {
  return selection.kind === 'ids' ? selection.ids.size : Math.max(0, totalCount - selection.excluded.size);
}

export function isEmptySelection(selection: CustomerSelection, totalCount: number): boolean {
  return selectedCount(selection, totalCount) === 0;
}

/** Ticks or unticks one customer, in either kind of selection. */
export function toggleCustomer(selection: CustomerSelection, id: string, on: boolean): CustomerSelection {
  if (selection.kind === 'ids') {
    const ids = new Set(selection.ids);
    if (on) ids.add(id);
    else ids.delete(id);
    return { kind: 'ids', ids };
  }
  const excluded = new Set(selection.excluded);
  if (on) excluded.delete(id);
  else excluded.add(id);
  return { kind: 'matching', excluded };
}

/** The selection as the table's row-selection state for the rows loaded so far. */
export function toRowSelection(selection: CustomerSelection, loadedIds: readonly string[]): Record<string, true> {
  const state: Record<string, true> = {};
  for (const id of loadedIds) if (isSelected(selection, id)) state[id] = true;
  return state;
}

/**
 * Reads the table's new row-selection state back: ticks and unticks of loaded rows change the
 * selection; customers not loaded keep their place in it.
 */
export function fromRowSelection(
  selection: CustomerSelection,
  loadedIds: readonly string[],
  rowSelection: Readonly<Record<string, boolean | undefined>>,
): CustomerSelection {
  let next = selection;
  for (const id of loadedIds) {
    const on = rowSelection[id] === true;
    if (on !== isSelected(next, id)) next = toggleCustomer(next, id, on);
  }
  return next;
}
