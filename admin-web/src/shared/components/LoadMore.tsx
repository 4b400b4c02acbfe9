type Props = {
  shown: number;
  totalCount: number;
  /** The cursor after the last row shown; null when there is nothing more. */
  nextCursor: string | null;
  loading: boolean;
  onLoadMore: (after: string) => void;
};

/** "Showing 25 of 26" and, while more rows remain, a button that appends the next page. */
export function LoadMore({ shown, totalCount, nextCursor, loading, onLoadMore }: Props) {
  return (
    <div className="pagination">
      <p className="pagination__summary" aria-live="polite">
        Showing {shown} of {totalCount}
      </p>
      {nextCursor && (
        <button type="button" className="button" disabled={loading} onClick={() => onLoadMore(nextCursor)}>
          {loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
