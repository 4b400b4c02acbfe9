import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import {
  type ConnectionArgs,
  type KeysetOrder,
  type KeysetPage,
  decodeCursor,
  encodeCursor,
  pageSize,
} from './connection';

// `paginateKeyset` pages one owner's rows with one query. A connection field on a list (the
// messages of each customer on a page of customers) would run that query once per row; these
// helpers let one statement fetch the page of every owner instead, with the same arguments,
// refusals, order and cursors.

/** A page request, validated and decoded as `paginateKeyset` does. */
export interface KeysetSeek {
  args: ConnectionArgs;
  /** `last`/`before` walk backwards from the cursor and flip the rows back. */
  backward: boolean;
  /** The page size; one more row is fetched to tell whether more follow. */
  limit: number;
  /** The direction the SQL sorts in: the order's own, reversed when walking backwards. */
  descending: boolean;
  /** The sort value and tie-breaker to seek past. */
  cursor: ReturnType<typeof decodeCursor> | null;
}

/** Checks and decodes a page request; throws the `BAD_USER_INPUT` errors `paginateKeyset` throws. */
export function planKeysetSeek(
  order: Pick<KeysetOrder<never>, 'descending' | 'valueType'>,
  args: ConnectionArgs,
): KeysetSeek {
  if (args.first != null && args.last != null) {
    throw new GraphQLError('Pass either `first` or `last`, not both.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const backward = args.last != null || (args.before != null && args.first == null);
  const limit = backward ? pageSize(args.last, 'last') : pageSize(args.first, 'first');
  const cursor = backward ? args.before : args.after;
  return {
    args,
    backward,
    limit,
    descending: order.descending !== backward,
    cursor: cursor ? decodeCursor(cursor, order.valueType, backward ? 'before' : 'after') : null,
  };
}

/**
 * The SQL of a seek over `order`'s columns: the cursor condition (named parameters
 * `:cursorValue` and `:cursorId`, or null on the first page), the ORDER BY and the row limit.
 */
export function keysetSeekSql(
  order: Pick<KeysetOrder<never>, 'column' | 'tieBreaker'>,
  seek: KeysetSeek,
): { condition: string | null; parameters: Record<string, string | number>; orderBy: string; limit: number } {
  const direction = seek.descending ? 'DESC' : 'ASC';
  const [cursorValue, cursorId] = seek.cursor ?? [];
  return {
    condition: seek.cursor
      ? `(${order.column}, ${order.tieBreaker}) ${seek.descending ? '<' : '>'} (:cursorValue, :cursorId)`
      : null,
    parameters: cursorValue === undefined || cursorId === undefined ? {} : { cursorValue, cursorId },
    orderBy: `${order.column} ${direction}, ${order.tieBreaker} ${direction}`,
    limit: seek.limit + 1,
  };
}

/** One owner's page from the rows fetched for it (at most `limit + 1`, in the seek's SQL order). */
export function keysetPageOf<TRow>(
  order: Pick<KeysetOrder<TRow>, 'valueOf' | 'tieBreakerOf'>,
  seek: KeysetSeek,
  fetched: readonly TRow[],
): KeysetPage<TRow> {
  const hasMore = fetched.length > seek.limit;
  const rows = fetched.slice(0, seek.limit);
  if (seek.backward) rows.reverse();

  const cursorOf = (row: TRow) => encodeCursor([order.valueOf(row), order.tieBreakerOf(row)]);
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    rows,
    cursorOf,
    pageInfo: {
      hasNextPage: seek.backward ? Boolean(seek.args.before) : hasMore,
      hasPreviousPage: seek.backward ? hasMore : Boolean(seek.args.after),
      startCursor: first ? cursorOf(first) : null,
      endCursor: last ? cursorOf(last) : null,
    },
  };
}

/** Requests with equal arguments share a key here, whatever object carries them. */
export function connectionArgsKey(args: ConnectionArgs): string {
  return JSON.stringify([args.first ?? null, args.after ?? null, args.last ?? null, args.before ?? null]);
}

/** One owner's page of a connection field, e.g. the messages of one customer. */
export interface ConnectionPageKey {
  ownerId: string;
  args: ConnectionArgs;
}

export interface ConnectionLoaderOptions<TRow, TResult> {
  order: KeysetOrder<TRow>;
  /**
   * Every owner's page in one statement: for each owner, at most `keysetSeekSql(order, seek).limit`
   * rows in the seek's order (e.g. a LATERAL subquery per owner, or `row_number()` per owner).
   */
  fetchPages(ownerIds: readonly string[], seek: KeysetSeek): Promise<readonly TRow[]>;
  ownerOf(row: TRow): string;
  toResult(page: KeysetPage<TRow>, ownerId: string): TResult;
}

/**
 * A per-request DataLoader of connection pages keyed by owner and arguments: the keys asked for
 * together are grouped by their arguments, and each group is fetched with one statement. A
 * refused argument fails only the pages that asked with it.
 */
export function createConnectionLoader<TRow, TResult>(
  options: ConnectionLoaderOptions<TRow, TResult>,
): DataLoader<ConnectionPageKey, TResult, string> {
  return new DataLoader<ConnectionPageKey, TResult, string>(
    async (keys) => {
      const groups = new Map<string, { args: ConnectionArgs; ownerIds: Set<string> }>();
      for (const key of keys) {
        const argsKey = connectionArgsKey(key.args);
        const group = groups.get(argsKey) ?? { args: key.args, ownerIds: new Set<string>() };
        group.ownerIds.add(key.ownerId);
        groups.set(argsKey, group);
      }
      const results = new Map<string, TResult | Error>();
      await Promise.all(
        [...groups].map(async ([argsKey, { args, ownerIds }]) => {
          try {
            const seek = planKeysetSeek(options.order, args);
            const rows = await options.fetchPages([...ownerIds], seek);
            const byOwner = new Map<string, TRow[]>([...ownerIds].map((ownerId) => [ownerId, []]));
            for (const row of rows) byOwner.get(options.ownerOf(row))?.push(row);
            for (const [ownerId, fetched] of byOwner) {
              results.set(
                pageKey(ownerId, argsKey),
                options.toResult(keysetPageOf(options.order, seek, fetched), ownerId),
              );
            }
          } catch (err) {
            const error = err instanceof Error ? err : new Error(String(err));
            for (const ownerId of ownerIds) results.set(pageKey(ownerId, argsKey), error);
          }
        }),
      );
      return keys.map(
        (key) =>
          results.get(pageKey(key.ownerId, connectionArgsKey(key.args))) ?? new Error(`No page for ${key.ownerId}`),
      );
    },
    { cacheKeyFn: (key) => pageKey(key.ownerId, connectionArgsKey(key.args)) },
  );
}

function pageKey(ownerId: string, argsKey: string): string {
  return `${ownerId}|${argsKey}`;
}

/**
 * A per-request DataLoader of each owner's `totalCount` (one `GROUP BY owner` statement for the
 * owners asked for together); an owner the count does not return has none.
 */
export function createCountLoader(
  countMany: (ownerIds: readonly string[]) => Promise<ReadonlyMap<string, number>>,
): DataLoader<string, number> {
  return new DataLoader<string, number>(async (ownerIds) => {
    const counts = await countMany(ownerIds);
    return ownerIds.map((ownerId) => counts.get(ownerId) ?? 0);
  });
}
