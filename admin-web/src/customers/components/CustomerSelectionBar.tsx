import type { ReactNode } from 'react';
import { formatCount } from '../../shared/format';
import { customerCountLabel, type CountPrecisionValue } from '../display';
import { selectedCount, type CustomerSelection } from '../list-selection';

type Props = {
  selection: CustomerSelection;
  totalCount: number;
  precision: CountPrecisionValue;
  /** How many rows are loaded, to offer "all matching" once every loaded one is ticked. */
  loadedCount: number;
  onSelectAllMatching: () => void;
  onClear: () => void;
  /** What can be done with the selection. */
  children?: ReactNode;
};

/**
 * Says what is selected, offers to widen a selection of every loaded row to every customer the
 * filter matches (most of which are not loaded), and holds the actions for the selection.
 */
export function CustomerSelectionBar({
  selection,
  totalCount,
  precision,
  loadedCount,
  onSelectAllMatching,
  onClear,
  children,
}: Props) {
  const count = selectedCount(selection, totalCount);
  const exact = precision === 'EXACT';
  let summary: string;
  if (selection.kind === 'matching') {
    const excluded = selection.excluded.size;
    const all = exact
      ? `All ${customerCountLabel(totalCount)}`
      : `All customers (${customerCountLabel(totalCount, precision)})`;
    summary =
      excluded === 0
        ? `${all} matching this filter are selected.`
        : `${all} matching this filter are selected, but ${formatCount(excluded)} unticked.`;
  } else {
    summary = `${formatCount(count)} selected.`;
  }
  const canWiden =
    selection.kind === 'ids' && count === loadedCount && loadedCount > 0 && (totalCount > loadedCount || !exact);

  return (
    <div className="selection-bar" role="region" aria-label="Selection">
      <p className="selection-bar__summary" aria-live="polite" data-testid="selection-summary">
        {summary}
      </p>
      {canWiden && (
        <button type="button" className="button button--link" onClick={onSelectAllMatching}>
          Select all {exact ? formatCount(totalCount) : `${formatCount(totalCount)}+`} customers matching this filter
        </button>
      )}
      <button type="button" className="button button--link" onClick={onClear}>
        Clear selection
      </button>
      {children && <div className="selection-bar__actions">{children}</div>}
    </div>
  );
}
