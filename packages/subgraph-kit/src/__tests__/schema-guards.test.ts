import { GraphQLScalarType, buildSchema, graphql } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { guardSchema } from '../schema-guards';

const ID = '01a1ff5b-0303-7248-bdcf-a0a6cabc0e12';

/** A schema shaped like a subgraph's: a filtered list, a mutation input, a nested list, a free-form scalar. */
function guardedSchema(resolvers: { customers?: () => unknown } = {}) {
  const schema = buildSchema(/* GraphQL */ `
    scalar _Any
    input CustomerFilter {
      query: String
      tags: [String!]
    }
    input CustomerCreateInput {
      name: String!
      contact: ContactInput
      resellerId: ID
    }
    input ContactInput {
      email: String
    }
    type Query {
      customers(filter: CustomerFilter, after: String, first: Int): [String!]!
      echo(text: String!): String!
      _entities(representations: [_Any!]!): [String]!
    }
    type Mutation {
      customerCreate(input: CustomerCreateInput!): String!
    }
  `);
  const received: unknown[] = [];
  const record = (_source: unknown, args: unknown) => {
    received.push(args);
    return JSON.stringify(args);
  };
  schema.getQueryType()!.getFields().customers!.resolve = resolvers.customers ?? (() => ['ok']);
  schema.getQueryType()!.getFields().echo!.resolve = (_source, args: { text: string }) => args.text;
  schema.getQueryType()!.getFields()._entities!.resolve = (source, args) => [record(source, args)];
  schema.getMutationType()!.getFields().customerCreate!.resolve = record;
  // The free-form scalar passes values through, as federation's _Any does.
  const any = schema.getType('_Any') as GraphQLScalarType;
  Object.assign(any, { parseValue: (value: unknown) => value });
  return { schema: guardSchema(schema), received };
}

async function run(source: string, variableValues: Record<string, unknown>, resolvers = {}) {
  const { schema, received } = guardedSchema(resolvers);
  const result = await graphql({ schema, source, variableValues });
  return { result, received };
}

const CREATE = 'mutation ($input: CustomerCreateInput!) { customerCreate(input: $input) }';

describe('guardSchema', () => {
  it('should hand the resolver every text of an input in NFC when it is well-formed', async () => {
    const { result, received } = await run(CREATE, {
      input: { name: 'Zoe\u0301', contact: { email: 'zoe\u0301@example.com' }, resellerId: ID },
    });

    expect(result.errors).toBeUndefined();
    expect(received).toEqual([{ input: { name: 'Zoé', contact: { email: 'zoé@example.com' }, resellerId: ID } }]);
  });

  it.each([
    ['a NUL byte in a name', { name: 'a\u0000' }, '`input.name` contains a control character (U+0000).'],
    [
      'a lone surrogate in a nested field',
      { name: 'a', contact: { email: '\uD800@example.com' } },
      '`input.contact.email` is not well-formed Unicode text (it holds half of a surrogate pair).',
    ],
    [
      'a NUL byte in an id',
      { name: 'a', resellerId: '\u0000' },
      '`input.resellerId` contains a control character (U+0000).',
    ],
    ['a name of 2,001 characters', { name: 'x'.repeat(2001) }, '`input.name` is longer than 2000 characters.'],
  ])('should refuse %s as BAD_USER_INPUT before the resolver runs', async (_case, input, message) => {
    const { result, received } = await run(CREATE, { input });

    expect(received).toEqual([]);
    expect(result.errors?.map((error) => [error.message, error.extensions.code])).toEqual([
      [message, 'BAD_USER_INPUT'],
    ]);
  });

  it('should refuse text written into the query itself, not only variables', async () => {
    const { result } = await run('{ echo(text: "a\\u0000b") }', {});

    expect(result.errors?.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('should bound a filter’s search text at 100 characters and other filter text at 2,000', async () => {
    const query = 'query ($filter: CustomerFilter) { customers(filter: $filter) }';

    const long = await run(query, { filter: { query: 'x'.repeat(101) } });
    const fits = await run(query, { filter: { query: 'x'.repeat(100), tags: ['y'.repeat(2000)] } });

    expect(long.result.errors?.map((error) => error.message)).toEqual([
      '`filter.query` is longer than 100 characters.',
    ]);
    expect(fits.result.errors).toBeUndefined();
  });

  it('should check cursors and list items like any other text', async () => {
    const cursor = await run('query ($after: String) { customers(after: $after) }', { after: 'abc\u0000' });
    const item = await run('query ($filter: CustomerFilter) { customers(filter: $filter) }', {
      filter: { tags: ['ok', '\uDC00'] },
    });

    expect(cursor.result.errors?.map((error) => error.message)).toEqual([
      '`after` contains a control character (U+0000).',
    ]);
    expect(item.result.errors?.map((error) => error.message)).toEqual([
      '`filter.tags.1` is not well-formed Unicode text (it holds half of a surrogate pair).',
    ]);
  });

  it('should check every string inside a free-form scalar such as federation’s representations', async () => {
    const query = 'query ($representations: [_Any!]!) { _entities(representations: $representations) }';

    const refused = await run(query, { representations: [{ __typename: 'Customer', id: 'a\u0000' }] });
    const normalized = await run(query, { representations: [{ __typename: 'Customer', id: 'e\u0301' }] });

    expect(refused.result.errors?.map((error) => error.message)).toEqual([
      '`representations.0.id` contains a control character (U+0000).',
    ]);
    expect(normalized.received).toEqual([{ representations: [{ __typename: 'Customer', id: 'é' }] }]);
  });

  it('should answer STATEMENT_TIMEOUT when the database stopped a statement for running too long', async () => {
    const timedOut = () =>
      Promise.reject(
        new QueryFailedError(
          'SELECT …',
          [],
          Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
        ),
      );

    const { result } = await run('{ customers }', {}, { customers: timedOut });

    expect(result.errors?.map((error) => [error.extensions.code, error.message])).toEqual([
      [
        'STATEMENT_TIMEOUT',
        'The database took too long to answer this and stopped. Ask for less (a narrower search or a smaller page) and try again.',
      ],
    ]);
  });

  it('should pass any other error through unchanged', async () => {
    const failing = () => Promise.reject(new Error('connection refused'));

    const { result } = await run('{ customers }', {}, { customers: failing });

    expect(result.errors?.map((error) => error.message)).toEqual(['connection refused']);
  });
});
