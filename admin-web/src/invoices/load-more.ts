import { useState } from 'react';

/** Appends one page's nodes to what is shown: keyset "Load more". */
export function appendNodes<N, C extends { nodes: readonly N[] }>(before: C | null | undefined, next: C): C {
  return before ? { ...next, nodes: [...before.nodes, ...next.nodes] } : next;
}

/**
 * Keyset "Load more": `fetchPage` asks for the page after a cursor (the last row shown) and
 * appends it; this tracks that one is loading and keeps a failed attempt from throwing.
 */
export function useLoadMore(fetchPage: (after: string) => Promise<unknown>): {
  loadingMore: boolean;
  loadMore: (after: string) => void;
} {
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = (after: string) => {
    setLoadingMore(true);
    fetchPage(after)
      .catch(() => undefined)
      .finally(() => setLoadingMore(false));
  };
  return { loadingMore, loadMore };
}
