import { GraphQLError } from 'graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './contracts/lists';

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
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` for a node type. `totalCount` is a method so
 * the count query runs only when a client asks for it.
 */
export function ConnectionType<TNode extends object>(Node: ClassType<TNode>, name: string, noun: string) {
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

    @Field(() => Int, { description: `How many ${noun}s match, over all pages.` })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }

  return ConnectionTypeClass;
}

type CursorValue = string | number;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === 2 &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values;
    }
  } catch {
    // falls through to the error below
  }
  throw new GraphQLError('The cursor is not valid. Start again from the first page.', {
    extensions: { code: 'BAD_USER_INPUT', argumentName: 'after/before' },
  });
}

export interface KeysetOrder<TRow> {
  /** SQL expression sorted on; must be the one the index covers. */
  column: string;
  /** SQL expression of the unique tie-breaker, usually the id. */
  tieBreaker: string;
  valueOf(row: TRow): CursorValue;
  tieBreakerOf(row: TRow): string;
  descending: boolean;
}

export interface KeysetPage<TRow> {
  rows: TRow[];
  cursorOf(row: TRow): string;
  pageInfo: PageInfo;
}

function pageSize(value: number | null | undefined, argument: string): number {
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

  const page = query.clone();
  if (cursor) {
    const [value, id] = decodeCursor(cursor);
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

/** Maps a page of rows to a connection of GraphQL nodes. */
export function toConnection<TRow, TNode, TConnection extends Connection<TNode>>(
  ConnectionClass: new () => TConnection,
  page: KeysetPage<TRow & ObjectLiteral>,
  toNode: (row: TRow) => TNode,
  countTotal: () => Promise<number>,
): TConnection {
  const connection = new ConnectionClass();
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
