import type { SelectQueryBuilder } from 'typeorm';
import { type ConnectionArgs, type KeysetPage, encodeCursor, paginateKeyset, timestampOrder } from '../connection';
import {
  type KeysetSeek,
  connectionArgsKey,
  createConnectionLoader,
  createCountLoader,
  keysetPageOf,
  keysetSeekSql,
  planKeysetSeek,
} from '../connection-loader';

interface Row {
  id: string;
  ownerId: string;
  createdAt: Date;
}

const order = timestampOrder<Row>('m', 'created_at', (row) => row.createdAt, true);

const base: Row = {
  id: '00000000-0000-7000-8000-000000000000',
  ownerId: 'a',
  createdAt: new Date('2026-01-01T00:00:00Z'),
};

/** 30 rows of owner `a`, three to a timestamp so the tie-breaker matters, and 4 of owner `b`. */
const rows: Row[] = [
  ...Array.from({ length: 30 }, (_, n) => ({
    ...base,
    id: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, Math.floor(n / 3))),
  })),
  ...Array.from({ length: 4 }, (_, n) => ({
    ...base,
    id: `00000000-0000-7000-8000-${String(100 + n).padStart(12, '0')}`,
    ownerId: 'b',
    createdAt: new Date(Date.UTC(2026, 0, 2, n)),
  })),
];

/** What PostgreSQL does with a seek: the row comparison, the ORDER BY and the LIMIT, over one owner's rows. */
function seekInMemory(
  owned: readonly Row[],
  seek: { op: '<' | '>' | null; value?: unknown; id?: unknown; descending: boolean; limit: number },
): Row[] {
  const keyOf = (row: Row) => [order.valueOf(row), row.id] as const;
  const byCodeUnit = (a: unknown, b: unknown) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);
  const compare = (a: readonly [unknown, unknown], b: readonly [unknown, unknown]) =>
    byCodeUnit(a[0], b[0]) || byCodeUnit(a[1], b[1]);
  return owned
    .filter((row) => {
      if (!seek.op) return true;
      const comparison = compare(keyOf(row), [seek.value, seek.id]);
      return seek.op === '<' ? comparison < 0 : comparison > 0;
    })
    .sort((a, b) => compare(keyOf(a), keyOf(b)) * (seek.descending ? -1 : 1))
    .slice(0, seek.limit);
}

/** Just enough of a query builder for `paginateKeyset`, answering from memory. */
function fakeQuery(owned: readonly Row[]): SelectQueryBuilder<Row> {
  const state = { op: null as '<' | '>' | null, value: undefined as unknown, id: undefined as unknown };
  const seek = { descending: false, limit: Infinity };
  const query = {
    clone: () => query,
    andWhere: (sql: string, parameters: { cursorValue: unknown; cursorId: unknown }) => {
      Object.assign(state, {
        op: sql.includes(' < ') ? '<' : '>',
        value: parameters.cursorValue,
        id: parameters.cursorId,
      });
      return query;
    },
    orderBy: (_column: string, direction: 'ASC' | 'DESC') => {
      seek.descending = direction === 'DESC';
      return query;
    },
    addOrderBy: () => query,
    limit: (limit: number) => {
      seek.limit = limit;
      return query;
    },
    getMany: () => Promise.resolve(seekInMemory(owned, { ...state, ...seek })),
  };
  return query as unknown as SelectQueryBuilder<Row>;
}

/** The rows one statement of the batched path would fetch for an owner, from the SQL it is given. */
function fetchBatched(owned: readonly Row[], seek: KeysetSeek): Row[] {
  const sql = keysetSeekSql(order, seek);
  const op = sql.condition ? (sql.condition.includes(' < ') ? '<' : '>') : null;
  return seekInMemory(owned, {
    op,
    value: sql.parameters.cursorValue,
    id: sql.parameters.cursorId,
    descending: sql.orderBy.endsWith('DESC'),
    limit: sql.limit,
  });
}

function summary(page: KeysetPage<Row>) {
  return {
    ids: page.rows.map((row) => row.id),
    cursors: page.rows.map((row) => page.cursorOf(row)),
    pageInfo: page.pageInfo,
  };
}

async function outcome<T>(run: () => Promise<T> | T): Promise<T | { refused: string }> {
  try {
    return await run();
  } catch (err) {
    return { refused: (err as Error).message };
  }
}

const ofA = rows.filter((row) => row.ownerId === 'a');
const cursorAt = (index: number) => encodeCursor([order.valueOf(ofA[index]!), ofA[index]!.id]);

describe('planKeysetSeek and keysetPageOf', () => {
  const cursors = [cursorAt(0), cursorAt(4), cursorAt(17), cursorAt(29)];
  const argumentSets: ConnectionArgs[] = [
    {},
    { first: 0 },
    { first: 1 },
    { first: 7 },
    { first: 200 },
    { last: 3 },
    { last: 0 },
    ...cursors.flatMap((cursor) => [
      { first: 5, after: cursor },
      { last: 5, before: cursor },
      { before: cursor },
      { after: cursor },
      { first: 4, before: cursor },
      { last: 2, after: cursor },
    ]),
    { first: 1, last: 1 },
    { first: 201 },
    { last: -1 },
    { after: 'not-a-cursor' },
  ];

  it.each(argumentSets.map((args) => [JSON.stringify(args), args] as const))(
    'should page exactly as paginateKeyset when the arguments are %s',
    async (_name, args) => {
      const expected = await outcome(async () => summary(await paginateKeyset(fakeQuery(ofA), order, args)));

      const actual = await outcome(() => {
        const seek = planKeysetSeek(order, args);
        return summary(keysetPageOf(order, seek, fetchBatched(ofA, seek)));
      });

      expect(actual).toEqual(expected);
    },
  );
});

describe('connectionArgsKey', () => {
  it('should give the same key when arguments differ only in null against absent', () => {
    expect(connectionArgsKey({ first: 5, after: null })).toBe(connectionArgsKey({ first: 5 }));
  });

  it('should give different keys when a cursor differs', () => {
    expect(connectionArgsKey({ after: cursorAt(1) })).not.toBe(connectionArgsKey({ after: cursorAt(2) }));
  });
});

describe('createConnectionLoader', () => {
  function loaderOver(data: readonly Row[]) {
    const fetches: { ownerIds: readonly string[]; args: ConnectionArgs }[] = [];
    const loader = createConnectionLoader({
      order,
      fetchPages: (ownerIds, seek) => {
        fetches.push({ ownerIds, args: seek.args });
        return Promise.resolve(
          ownerIds.flatMap((ownerId) =>
            fetchBatched(
              data.filter((row) => row.ownerId === ownerId),
              seek,
            ),
          ),
        );
      },
      ownerOf: (row) => row.ownerId,
      toResult: (page, ownerId) => ({ ownerId, ...summary(page) }),
    });
    return { loader, fetches };
  }

  it('should fetch every owner’s page in one call when the arguments are the same', async () => {
    const { loader, fetches } = loaderOver(rows);

    const pages = await Promise.all(['a', 'b', 'c'].map((ownerId) => loader.load({ ownerId, args: { first: 2 } })));

    expect(fetches).toEqual([{ ownerIds: ['a', 'b', 'c'], args: { first: 2 } }]);
    expect(pages.map((page) => [page.ownerId, page.ids.length, page.pageInfo.hasNextPage])).toEqual([
      ['a', 2, true],
      ['b', 2, true],
      ['c', 0, false],
    ]);
  });

  it('should fetch once per set of arguments when owners ask with different ones', async () => {
    const { loader, fetches } = loaderOver(rows);

    const pages = await Promise.all([
      loader.load({ ownerId: 'a', args: { first: 1 } }),
      loader.load({ ownerId: 'b', args: { last: 1 } }),
      loader.load({ ownerId: 'b', args: { first: 1, after: null } }),
    ]);

    expect(fetches.map((fetch) => fetch.ownerIds)).toEqual([['a', 'b'], ['b']]);
    expect(pages.map((page) => page.ids)).toEqual([[ofA[29]!.id], [rows[30]!.id], [rows[33]!.id]]);
  });

  it('should fail only the pages that asked with refused arguments when one set is refused', async () => {
    const { loader, fetches } = loaderOver(rows);

    const [refused, served] = await Promise.allSettled([
      loader.load({ ownerId: 'a', args: { first: 1, last: 1 } }),
      loader.load({ ownerId: 'b', args: { first: 1 } }),
    ]);

    expect(refused).toMatchObject({
      status: 'rejected',
      reason: { message: 'Pass either `first` or `last`, not both.' },
    });
    expect(served).toMatchObject({ status: 'fulfilled', value: { ownerId: 'b' } });
    expect(fetches).toHaveLength(1);
  });
  it.each([
    ['an invalid timestamp', encodeCursor(['2026-13-45T99:00:00.000Z', rows[0]!.id])],
    ['an id that is not a uuid', encodeCursor(['2026-01-01T00:00:00.000Z', 'x'])],
    ['a number for the timestamp', encodeCursor([0, rows[0]!.id])],
  ])('should refuse a cursor carrying %s as bad user input before fetching anything', async (_case, cursor) => {
    const { loader, fetches } = loaderOver(rows);

    const page = loader.load({ ownerId: 'a', args: { first: 1, after: cursor } });

    await expect(page).rejects.toMatchObject({
      message: 'The cursor is not valid. Start again from the first page.',
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
    });
    expect(fetches).toHaveLength(0);
  });
});

describe('createCountLoader', () => {
  it('should count every owner in one call and give zero when an owner has nothing', async () => {
    const calls: (readonly string[])[] = [];
    const loader = createCountLoader((ownerIds) => {
      calls.push(ownerIds);
      return Promise.resolve(new Map([['a', 30]]));
    });

    const counts = await Promise.all([loader.load('a'), loader.load('b')]);

    expect(counts).toEqual([30, 0]);
    expect(calls).toEqual([['a', 'b']]);
  });
});
