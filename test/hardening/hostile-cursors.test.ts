import { randomUUID } from 'node:crypto';
import { type GraphQLObjectType, getNamedType, isEnumType, isObjectType, isRequiredArgument } from 'graphql';
import { type GraphQLResponse, executeRaw } from '../support/api';
import { loadSupergraph, rootFields } from '../support/schema-discovery';
import { type SeededOperator, type TenantSeed, seed } from '../support/seed';

/**
 * Sends cursors that decode but carry the wrong types to every paginated field of the composed
 * schema (every field with an `after` argument, at the root or nested in a list's nodes), so
 * that a connection added later is tried too. Cursors are the client's to send back: a changed
 * one is BAD_USER_INPUT, never an internal error.
 */

const schema = loadSupergraph();
const query = schema.getQueryType()!;

interface PaginatedField {
  name: string;
  /** A document with `$cursor: String` passed as `after` or `before` to the field, sorted by `sortKey` if given. */
  document(argument: 'after' | 'before', sortKey?: string): string;
  sortKeys: string[];
}

function sortKeysOf(type: GraphQLObjectType, field: string): string[] {
  const sortKey = type.getFields()[field]!.args.find((argument) => argument.name === 'sortKey');
  const named = sortKey && getNamedType(sortKey.type);
  return named && isEnumType(named) ? named.getValues().map((value) => value.name) : [];
}

/** A root list without required arguments whose nodes are of `type`, to reach a field nested in it. */
function rootListOf(type: GraphQLObjectType): string | undefined {
  return Object.values(query.getFields()).find((field) => {
    if (field.args.some(isRequiredArgument)) return false;
    const connection = getNamedType(field.type);
    const nodes = isObjectType(connection) ? connection.getFields().nodes : undefined;
    return nodes !== undefined && getNamedType(nodes.type) === type;
  })?.name;
}

function paginatedFields(): PaginatedField[] {
  const served = new Set(rootFields(schema).map((root) => root.name));
  const found: PaginatedField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((argument) => argument.name === 'after')) continue;
      const sorted = (sortKey?: string) => (sortKey ? `, sortKey: ${sortKey}` : '');
      if (type === query) {
        if (!served.has(field.name)) continue;
        found.push({
          name: field.name,
          sortKeys: sortKeysOf(type, field.name),
          document: (argument, sortKey) =>
            `query ($cursor: String) { ${field.name}(${argument}: $cursor${sorted(sortKey)}) { nodes { __typename } } }`,
        });
        continue;
      }
      const list = rootListOf(type);
      if (!list) throw new Error(`no root list reaches ${type.name}.${field.name}: teach this suite how to`);
      found.push({
        name: `${type.name}.${field.name}`,
        sortKeys: sortKeysOf(type, field.name),
        document: (argument, sortKey) =>
          `query ($cursor: String) { ${list}(first: 1) { nodes { ${field.name}(${argument}: $cursor${sorted(sortKey)}) { nodes { __typename } } } } }`,
      });
    }
  }
  return found;
}

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const raw = (text: string) => Buffer.from(text).toString('base64url');
const ID = '01a1ff5b-0303-7248-bdcf-a0a6cabc0e12';
const WHEN = '2026-11-21T10:00:00.000Z';

/** Wrong whatever the field sorts on. */
const ALWAYS_WRONG: [string, string][] = [
  ['bad JSON', raw('["2026-11-21T10:00:00.000Z",')],
  ['an object instead of a list', raw('{"value":"x","id":"y"}')],
  ['three values', cursor([WHEN, ID, 'more'])],
  ['an id that is not a uuid', cursor([WHEN, 'not-a-uuid'])],
  ['a number for the sort value', cursor([1764000000000, ID])],
  ['a sort value holding a NUL byte', cursor(['a\u0000b', ID])],
];

/** Wrong for a field sorted by time, a fine place to start for one sorted by text. */
const WRONG_FOR_TIME: [string, string][] = [
  ['an invalid timestamp', cursor(['not a date', ID])],
  ['a day that does not exist', cursor(['2026-02-30T10:00:00.000Z', ID])],
];

const FIELDS = paginatedFields();
const CASES = FIELDS.flatMap((field) =>
  (field.sortKeys.length > 0 ? field.sortKeys : [undefined]).flatMap((sortKey) =>
    (['after', 'before'] as const).map(
      (argument) =>
        [`${field.name}${sortKey ? ` by ${sortKey}` : ''} (${argument})`, field, argument, sortKey] as const,
    ),
  ),
);

let tenant: TenantSeed;
let staff: SeededOperator;

beforeAll(async () => {
  tenant = await seed.partner();
  // Nested connections are only resolved for a node that exists.
  const customer = await tenant.customer({ name: `Cursor ${randomUUID().slice(0, 8)}` });
  const bulk = await executeRaw(
    tenant.owner.token,
    `mutation ($input: CustomersBulkActionInput!) { customersBulkAction(input: $input) { userErrors { code } } }`,
    { input: { target: { customerIds: [customer.id] }, action: 'ADD_TAGS', tagIds: ['cursor'] } },
  );
  expect(bulk.errors).toBeUndefined();
  const endpoint = await executeRaw(
    tenant.owner.token,
    `mutation ($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { userErrors { code } } }`,
    { input: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['INVOICE_PAID'] } },
  );
  expect(endpoint.errors).toBeUndefined();
  staff = await seed.platformStaff('PLATFORM_VIEWER');
});

/** Asked as the partner's owner, or as platform staff for what only staff may list. */
async function ask(text: string, value: string): Promise<GraphQLResponse<unknown>> {
  const asOwner = await executeRaw(tenant.owner.token, text, { cursor: value });
  if (asOwner.errors?.some((error) => error.extensions?.code === 'FORBIDDEN')) {
    return executeRaw(staff.token, text, { cursor: value });
  }
  return asOwner;
}

describe('cursors that decode but carry the wrong types', () => {
  it('should find every paginated field it is meant to try', () => {
    expect(FIELDS.map((field) => field.name)).toEqual(
      expect.arrayContaining(['customers', 'operators', 'apiKeys', 'auditLog', 'partners', 'Customer.messages']),
    );
  });

  it.each(CASES)('should answer BAD_USER_INPUT on %s', async (_name, field, argument, sortKey) => {
    const text = field.document(argument, sortKey);

    for (const [what, value] of ALWAYS_WRONG) {
      const response = await ask(text, value);

      expect([what, response.status, response.errors?.map((error) => error.extensions?.code)]).toEqual([
        what,
        200,
        ['BAD_USER_INPUT'],
      ]);
    }
    for (const [what, value] of WRONG_FOR_TIME) {
      const response = await ask(text, value);

      // A text order may start anywhere; a time order must refuse. Neither may fail inside.
      expect([what, response.errors?.map((error) => error.extensions?.code) ?? ['none']]).toEqual([
        what,
        [expect.stringMatching(/^(BAD_USER_INPUT|none)$/)],
      ]);
    }
  });
});
