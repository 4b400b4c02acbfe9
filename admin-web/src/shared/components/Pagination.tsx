import { formatCount } from '../format';

type Props = {
  /** 1-based position of the first row shown, when known. */
  from: number | null;
  count: number;
  totalCount: number;
  canGoBack: boolean;
  canGoForward: boolean;
  onPrevious: () => void;
  onNext: () => void;
};

export function Pagination(props: Props) {
  const { from, count, totalCount } = props;
  const summary =
    from === null
      ? `Showing ${formatCount(count)} of ${formatCount(totalCount)}`
      : `Showing ${formatCount(from)}–${formatCount(from + count - 1)} of ${formatCount(totalCount)}`;
  return (
    <nav className="pagination" aria-label="Pagination">
      <p className="pagination__summary" aria-live="polite">
        {summary}
      </p>
      <div className="pagination__buttons">
        <button type="button" className="button" disabled={!props.canGoBack} onClick={props.onPrevious}>
          Previous
        </button>
        <button type="button" className="button" disabled={!props.canGoForward} onClick={props.onNext}>
          Next
        </button>
      </div>
    </nav>
  );
}
