import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The URL's query, with a writer that builds each change on the last one written rather than on
 * the last one rendered. react-router hands a functional update the params of the last render, so
 * two changes before the next render (two quick ticks in a menu) would lose the first.
 */
export function useSearchParamsWriter(): [
  URLSearchParams,
  (change: (current: URLSearchParams) => URLSearchParams) => void,
] {
  const [searchParams, setSearchParams] = useSearchParams();
  const latest = useRef(searchParams);
  // Writes not yet rendered, oldest first: a render of one of them is ours catching up; any other
  // is a navigation from elsewhere (the back button, a link), which the next change starts from.
  const unrendered = useRef<string[]>([]);

  useEffect(() => {
    const rendered = searchParams.toString();
    const at = unrendered.current.indexOf(rendered);
    if (at >= 0) {
      unrendered.current.splice(0, at + 1);
      return;
    }
    unrendered.current = [];
    latest.current = searchParams;
  }, [searchParams]);

  const write = useCallback(
    (change: (current: URLSearchParams) => URLSearchParams) => {
      const next = change(new URLSearchParams(latest.current));
      latest.current = next;
      unrendered.current.push(next.toString());
      setSearchParams(next);
    },
    [setSearchParams],
  );
  return [searchParams, write];
}
