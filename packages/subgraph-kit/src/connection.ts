import { GraphQLError } from 'graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ArgsType, Directive, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './contracts/lists';
import { isValidId } from './ids';
import { TEXT_INPUT_MAX_LENGTH } from './text';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

@Directive('@shareable')
@ObjectType({ description: 'Where a page sits in a list, for asking for the next or previous one.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Whether items come before this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page.' })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return after \`after\` (at most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither \`first\` nor \`last\` is given).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `How many items to return before \`before\` (at most ${MAX_PAGE_SIZE}).`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string | null;
}

/** Whether a list's `totalCount` is the exact number or a floor (`countUpTo`). */
export enum CountPrecision {
  EXACT = 'EXACT',
  AT_LEAST = 'AT_LEAST',
}
registerEnumType(CountPrecision, {
  name: 'CountPrecision',
  description: 'What a `totalCount` is: the exact number, or a floor when counting further would cost too much.',
  valuesConfig: {
    EXACT: { description: 'The exact number of items.' },
    AT_LEAST: { description: 'At least this many items; there are more, not counted.' },
  },
});

/**
 * Counts the rows `query` finds, but stops after `cap`: an exact count over a partner's million
 * customers costs about 100 ms of PostgreSQL for every page view, a capped one at most `cap` rows.
 */
export async function countUpTo(
  query: SelectQueryBuilder<ObjectLiteral>,
  cap: number,
): Promise<{ count: number; precision: CountPrecision }> {
  const counted = query
    .clone()
    .select('1')
    .orderBy()
    .limit(cap + 1);
  const [sql, parameters] = counted.getQueryAndParameters();
  const [row] = await query.connection.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM (${sql}) counted`,
    parameters,
  );
  const count = row?.count ?? 0;
  return count > cap ? { count: cap, precision: CountPrecision.AT_LEAST } : { count, precision: CountPrecision.EXACT };
}

export interface Edge<TNode> {
  cursor: string;
  node: TNode;
}

export interface Connection<TNode> {
  edges: Edge<TNode>[];
  nodes: TNode[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
  totalCount(): Promise<number>;
  /** How exact `countTotal`'s answer is; exact unless the list counts up to a cap. */
  countPrecision?: () => Promise<CountPrecision>;
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` for a node type. `totalCount` is a method so
 * the count query runs only when a client asks for it. With `countPrecision`, the connection
 * also has `totalCountPrecision`, for a list that counts only up to a cap (`countUpTo`).
 */
export function ConnectionType<TNode extends object>(
  Node: ClassType<TNode>,
  name: string,
  noun: string,
  options: { countPrecision?: boolean } = {},
) {
  @ObjectType(`${name}Edge`, { description: `One ${noun} in a list, with its cursor.` })
  class EdgeType implements Edge<TNode> {
    @Field({ description: 'Opaque cursor of this item, for `after` or `before`.' })
    cursor: string;

    @Field(() => Node, { description: `The ${noun}.` })
    node: TNode;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${noun}s.` })
  class ConnectionTypeClass implements Connection<TNode> {
    @Field(() => [EdgeType], { description: `The ${noun}s on this page, with cursors.` })
    edges: EdgeType[];

    @Field(() => [Node], { description: `The ${noun}s on this page.` })
    nodes: TNode[];

    @Field(() => PageInfo, { description: 'How to ask for the neighbouring pages.' })
    pageInfo: PageInfo;

    countTotal: () => Promise<number>;

    countPrecision?: () => Promise<CountPrecision>;

    @Field(() => Int, {
      description: options.countPrecision
        ? `How many ${noun}s match, over all pages; a floor when \`totalCountPrecision\` is AT_LEAST.`
        : `How many ${noun}s match, over all pages.`,
    })
    totalCount(): Promise<number> {
      return this.countTotal();
    }

    totalCountPrecision(): Promise<CountPrecision> {
      return this.countPrecision ? this.countPrecision() : Promise.resolve(CountPrecision.EXACT);
    }
  }
  if (options.countPrecision) {
    // Declared only on the lists that count up to a cap, so the others' schemas stay as they are.
    const method = 'totalCountPrecision';
    Field(() => CountPrecision, { description: 'Whether `totalCount` is exact or a floor.' })(
      ConnectionTypeClass.prototype,
      method,
      Object.getOwnPropertyDescriptor(ConnectionTypeClass.prototype, method)!,
    );
  }

  return ConnectionTypeClass;
}

type CursorValue = string | number;

/**
 * What an order sorts on, so that a cursor's value is checked before it reaches SQL: a cursor
 * is the client's to send back, and may come back changed. `integer` (bigint) and `decimal`
 * (numeric) travel as the decimal strings pg answers them in, so no precision is lost on the way.
 */
export type KeysetValueType = 'timestamp' | 'text' | 'integer' | 'decimal';

const INTEGER = /^-?\d{1,19}$/;
const DECIMAL = /^-?\d{1,20}(\.\d{1,20})?$/;

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// eslint-disable-next-line no-control-regex -- NUL is what this looks for
const LONE_SURROGATE_OR_NUL = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isCursorValue: Record<KeysetValueType, (value: unknown) => boolean> = {
  // As `toISOString` writes it, and a real instant: 2026-02-30 does not round-trip.
  timestamp: (value) => {
    if (typeof value !== 'string' || !ISO_TIMESTAMP.test(value)) return false;
    const instant = new Date(value);
    return !Number.isNaN(instant.getTime()) && instant.toISOString() === value;
  },
  // Whatever a row may hold, but nothing PostgreSQL refuses to compare.
  text: (value) =>
    typeof value === 'string' && value.length <= TEXT_INPUT_MAX_LENGTH && !LONE_SURROGATE_OR_NUL.test(value),
  // Within bigint, so the comparison never fails in the database.
  integer: (value) =>
    typeof value === 'string' && INTEGER.test(value) && BigInt(value) === BigInt.asIntN(64, BigInt(value)),
  decimal: (value) => typeof value === 'string' && DECIMAL.test(value),
};

export function encodeCursor(values: (CursorValue | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * The sort value and id a cursor carries, checked against what the order sorts on; anything
 * else (not base64 JSON, the wrong shape, a value of the wrong type, an id that is not a uuid)
 * is `BAD_USER_INPUT`, never a statement that fails in the database.
 */
export function decodeCursor(cursor: string, valueType: KeysetValueType, argument = 'after'): [string, string] {
  const [value, id] = decodeNullableCursor(cursor, valueType, argument, false);
  return [value!, id];
}

/** As `decodeCursor`, for an order whose value may be null (`KeysetOrder.nullable`). */
export function decodeNullableCursor(
  cursor: string,
  valueType: KeysetValueType,
  argument = 'after',
  nullable = true,
): [string | null, string] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (Array.isArray(values) && values.length === 2) {
    const [value, id] = values as unknown[];
    const valueOk = (nullable && value === null) || isCursorValue[valueType](value);
    if (valueOk && typeof id === 'string' && isValidId(id)) return [value as string | null, id];
  }
  throw new GraphQLError('The cursor is not valid. Start again from the first page.', {
    extensions: { code: 'BAD_USER_INPUT', argumentName: argument },
  });
}

export interface KeysetOrder<TRow> {
  /** SQL expression sorted on; must be the one the index covers. */
  column: string;
  /** What `column` holds; a cursor's value must be of this type. */
  valueType: KeysetValueType;
  /** SQL expression of the unique tie-breaker: the row's id, a uuid. */
  tieBreaker: string;
  valueOf(row: TRow): CursorValue;
  tieBreakerOf(row: TRow): string;
  descending: boolean;
  /**
   * The column may be null: nulls come last in both directions (a customer never messaged is at
   * the end whichever way the list is sorted), and a cursor may carry a null value.
   */
  nullable?: boolean;
  /**
   * The column is not one of the entity's (a joined table's, or a computed score): the page selects
   * it alongside the rows and cursors carry the value read, and `valueOf` is not called.
   */
  selected?: boolean;
}

/** What a selected order value is read as, beside the entity's own columns. */
const KEYSET_VALUE = 'keyset_value';
const KEYSET_ID = 'keyset_id';

/** A selected order value as a cursor carries it: instants as ISO text, numbers as pg's decimal text. */
function cursorValueOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

export interface KeysetPage<TRow> {
  rows: TRow[];
  cursorOf(row: TRow): string;
  pageInfo: PageInfo;
}

/** The page size a `first` or `last` asks for: the default when absent, refused beyond the maximum. */
export function pageSize(value: number | null | undefined, argument: string): number {
  if (value === null || value === undefined) return DEFAULT_PAGE_SIZE;
  if (value < 0 || value > MAX_PAGE_SIZE) {
    throw new GraphQLError(`\`${argument}\` must be between 0 and ${MAX_PAGE_SIZE}.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: argument },
    });
  }
  return value;
}

/**
 * Keyset pagination: seeks past the cursor with a row comparison on (sort value, id), so
 * page 1,000 costs the same as page 1. `last`/`before` walk backwards and flip back.
 */
export async function paginateKeyset<TRow extends ObjectLiteral>(
  query: SelectQueryBuilder<TRow>,
  order: KeysetOrder<TRow>,
  args: ConnectionArgs,
): Promise<KeysetPage<TRow>> {
  if (args.first != null && args.last != null) {
    throw new GraphQLError('Pass either `first` or `last`, not both.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const backward = args.last != null || (args.before != null && args.first == null);
  const limit = backward ? pageSize(args.last, 'last') : pageSize(args.first, 'first');
  const cursor = backward ? args.before : args.after;
  const descending = order.descending !== backward;
  const direction = descending ? 'DESC' : 'ASC';

  if (order.nullable || order.selected) return paginateKeysetSelected(query, order, args, { backward, limit, cursor });

  const page = query.clone();
  if (cursor) {
    const [value, id] = decodeCursor(cursor, order.valueType, backward ? 'before' : 'after');
    page.andWhere(`(${order.column}, ${order.tieBreaker}) ${descending ? '<' : '>'} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  page
    .orderBy(order.column, direction)
    .addOrderBy(order.tieBreaker, direction)
    .limit(limit + 1);

  const fetched = await page.getMany();
  const hasMore = fetched.length > limit;
  const rows = fetched.slice(0, limit);
  if (backward) rows.reverse();

  const cursorOf = (row: TRow) => encodeCursor([order.valueOf(row), order.tieBreakerOf(row)]);
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    rows,
    cursorOf,
    pageInfo: {
      hasNextPage: backward ? Boolean(args.before) : hasMore,
      hasPreviousPage: backward ? hasMore : Boolean(args.after),
      startCursor: first ? cursorOf(first) : null,
      endCursor: last ? cursorOf(last) : null,
    },
  };
}

/**
 * `paginateKeyset` over a value that may be null or is not the entity's own: nulls last in the
 * list's order (so first when walking backwards), and the value read with the rows.
 */
async function paginateKeysetSelected<TRow extends ObjectLiteral>(
  query: SelectQueryBuilder<TRow>,
  order: KeysetOrder<TRow>,
  args: ConnectionArgs,
  walk: { backward: boolean; limit: number; cursor: string | null | undefined },
): Promise<KeysetPage<TRow>> {
  const { backward, limit, cursor } = walk;
  const descending = order.descending !== backward;
  const direction = descending ? 'DESC' : 'ASC';
  const comparison = descending ? '<' : '>';
  const { column, tieBreaker } = order;
  const page = query.clone();
  if (cursor) {
    const [value, id] = decodeNullableCursor(
      cursor,
      order.valueType,
      backward ? 'before' : 'after',
      Boolean(order.nullable),
    );
    const past = `(${column}, ${tieBreaker}) ${comparison} (:cursorValue, :cursorId)`;
    const tiePast = `${tieBreaker} ${comparison} :cursorId`;
    let condition: string;
    if (!order.nullable) condition = past;
    // Walking forwards the nulls come after every value; walking backwards, before.
    else if (value === null)
      condition = backward ? `(${column} IS NOT NULL OR ${tiePast})` : `(${column} IS NULL AND ${tiePast})`;
    else condition = backward ? `(${column} IS NOT NULL AND ${past})` : `(${column} IS NULL OR ${past})`;
    page.andWhere(condition, { cursorValue: value, cursorId: id });
  }
  const nulls = order.nullable ? (backward ? 'NULLS FIRST' : 'NULLS LAST') : undefined;
  page
    .addSelect(column, KEYSET_VALUE)
    .addSelect(tieBreaker, KEYSET_ID)
    .orderBy(column, direction, nulls)
    .addOrderBy(tieBreaker, direction)
    .limit(limit + 1);

  const { entities, raw } = await page.getRawAndEntities<Record<string, unknown>>();
  const values = new Map(raw.map((row) => [String(row[KEYSET_ID]), cursorValueOf(row[KEYSET_VALUE])]));
  const hasMore = entities.length > limit;
  const rows = entities.slice(0, limit);
  if (backward) rows.reverse();

  const cursorOf = (row: TRow) => {
    const id = order.tieBreakerOf(row);
    return encodeCursor([order.selected ? (values.get(id) ?? null) : order.valueOf(row), id]);
  };
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    rows,
    cursorOf,
    pageInfo: {
      hasNextPage: backward ? Boolean(args.before) : hasMore,
      hasPreviousPage: backward ? hasMore : Boolean(args.after),
      startCursor: first ? cursorOf(first) : null,
      endCursor: last ? cursorOf(last) : null,
    },
  };
}

/** Maps a page of rows to a connection of GraphQL nodes. */
export function toConnection<TRow, TNode, TConnection extends Connection<TNode>>(
  ConnectionClass: new () => TConnection,
  page: KeysetPage<TRow & ObjectLiteral>,
  toNode: (row: TRow) => TNode,
  countTotal: () => Promise<number>,
  countPrecision?: () => Promise<CountPrecision>,
): TConnection {
  const connection = new ConnectionClass();
  connection.countPrecision = countPrecision;
  connection.edges = page.rows.map((row) => ({ cursor: page.cursorOf(row), node: toNode(row) }));
  connection.nodes = connection.edges.map((edge) => edge.node);
  connection.pageInfo = page.pageInfo;
  connection.countTotal = countTotal;
  return connection;
}

/** The common keyset order: a timestamp column, ties broken by the row's id. */
export function timestampOrder<TRow extends { id: string }>(
  alias: string,
  column: string,
  timestampOf: (row: TRow) => Date,
  descending = false,
): KeysetOrder<TRow> {
  return {
    column: `${alias}.${column}`,
    valueType: 'timestamp',
    tieBreaker: `${alias}.id`,
    valueOf: (row) => timestampOf(row).toISOString(),
    tieBreakerOf: (row) => row.id,
    descending,
  };
}

/** An ILIKE pattern matching `text` anywhere, with its own wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
