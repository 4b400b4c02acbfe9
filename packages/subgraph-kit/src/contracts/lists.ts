/**
 * How lists behave, shared by the subgraphs that serve them and the gateway that charges for
 * them: one number each, so the cost of a query is worked out from the pages actually served.
 */

/** Items in a page when the query asks for no `first`/`last`. */
export const DEFAULT_PAGE_SIZE = 50;

/** The largest `first`/`last` a connection accepts; more is refused. */
export const MAX_PAGE_SIZE = 200;

/**
 * A list's text search: the `query` field of its `filter` argument. It scans text rather than
 * seeking an index, so it is bounded tighter than other text and the gateway charges it more.
 */
export const TEXT_SEARCH = {
  argument: 'filter',
  field: 'query',
  maxLength: 100,
} as const;
