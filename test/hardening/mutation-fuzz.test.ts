import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  type GraphQLInputType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
} from 'graphql';
import { type GraphQLResponse, authRequest, executeRaw } from '../support/api';
import { listFields, loadSupergraph, rootFields, type RootField } from '../support/schema-discovery';
import { type SeededOperator, type TenantSeed, seed } from '../support/seed';
import { graphql } from '../gql';
import { query } from '../support/api';

/**
 * Every mutation of the public API, with inputs built from its input types in the composed
 * schema (so a new mutation is fuzzed by itself): hostile text, numbers out of range, enums, and
 * ids random or of the seeded tenant. Whatever the input, the answer is never an internal error
 * or an HTTP 500, and what the response says was stored is what a later read finds.
 */

const schema = loadSupergraph();
const MUTATIONS = rootFields(schema).filter((root) => root.operation === 'mutation');
const LISTS = listFields(schema);
/** Runs per mutation, and a time box each, so the whole file stays within about a minute. */
const RUNS = 30;
const TIME_BOX_MS = 4_000;

/** Characters that break naive handling: NUL, controls, bidi overrides, invisible and lone surrogates. */
const HOSTILE = ['\u0000', '\u0007', '\u001b', '\u202e', '\u2066', '\u200b', '\ufeff', '\ud800', '\udfff', '\u0301'];

const hostileChar = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.integer({ min: 0, max: 0x10ffff }).map((codePoint) => String.fromCodePoint(codePoint)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
);

/** A valid value for a text input, by its name: what the hostile characters are slipped into. */
function plausible(name: string, world: FuzzWorld): string {
  if (/email/i.test(name)) return `fuzz-${randomUUID().slice(0, 8)}@partner.test`;
  if (name === 'newPassword') return `new-password-${randomUUID()}`;
  if (/password/i.test(name)) return world.password;
  const known: Record<string, string> = {
    accountNumber: `FZ-${randomUUID().slice(0, 8)}`,
    country: 'GB',
    currency: 'GBP',
    timezone: 'Europe/London',
    phone: '+447700900123',
  };
  return known[name] ?? `Fuzz ${randomUUID().slice(0, 6)}`;
}

/**
 * Mostly a valid value, so that when one text input of a mutation is hostile the others let the
 * call get past validation to wherever the hostile one would do harm.
 */
function stringArbitrary(name: string, world: FuzzWorld): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constant(null).map(() => plausible(name, world)), weight: 3 },
    { arbitrary: hostileString(name, world), weight: 2 },
  );
}

function hostileString(name: string, world: FuzzWorld): fc.Arbitrary<string> {
  return fc.oneof(
    // A valid value with hostile characters slipped in, so the input gets past validation.
    fc
      .tuple(
        fc.constant(null).map(() => plausible(name, world)),
        fc.array(hostileChar, { minLength: 1, maxLength: 3 }),
        fc.nat(),
      )
      .map(([base, inserted, at]) => {
        const position = at % (base.length + 1);
        return base.slice(0, position) + inserted.join('') + base.slice(position);
      }),
    fc.string({ unit: hostileChar, maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ unit: fc.constantFrom(...HOSTILE, ' ', '\t', '\n'), minLength: 1, maxLength: 20 }),
    fc.constantFrom(300, 5_000, 100_000).map((length) => 'x'.repeat(length)),
    fc.constant(''),
  );
}

function intArbitrary(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.integer(),
    fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER + 1, 1.5),
  );
}

function idArbitrary(world: FuzzWorld): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...world.ids), weight: 4 },
    { arbitrary: fc.uuid(), weight: 1 },
    { arbitrary: fc.string({ unit: hostileChar, maxLength: 20 }), weight: 1 },
  );
}

/** An arbitrary for any input type: required fields always, optional ones sometimes, null sometimes. */
function inputArbitrary(type: GraphQLInputType, name: string, world: FuzzWorld): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inputArbitrary(type.ofType, name, world);
  if (isListType(type)) return fc.array(valueOrNull(type.ofType, name, world), { maxLength: 4 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.value as string));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const shape = Object.fromEntries(fields.map((field) => [field.name, valueOrNull(field.type, field.name, world)]));
    const required = fields.filter((field) => isNonNullType(field.type)).map((field) => field.name);
    return fc.record(shape, { requiredKeys: required as never[] });
  }
  switch (type.name) {
    case 'ID':
      return idArbitrary(world);
    case 'String':
      return stringArbitrary(name, world);
    case 'Int':
    case 'SafeInt':
      return intArbitrary();
    case 'Float':
      return fc.double();
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.oneof(
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        stringArbitrary(name, world),
      );
    default:
      return stringArbitrary(name, world);
  }
}

/** Nullable inputs are sometimes null; non-null ones never (that is a schema refusal, not a fuzz). */
function valueOrNull(type: GraphQLInputType, name: string, world: FuzzWorld): fc.Arbitrary<unknown> {
  const value = inputArbitrary(type, name, world);
  return isNonNullType(type) ? value : fc.option(value, { nil: null, freq: 5 });
}

function argumentsArbitrary(root: RootField, world: FuzzWorld): fc.Arbitrary<Record<string, unknown>> {
  const shape = Object.fromEntries(
    root.field.args.map((argument) => [argument.name, valueOrNull(argument.type, argument.name, world)]),
  );
  const required = root.field.args.filter(isRequiredArgument).map((argument) => argument.name);
  return fc.record(shape, { requiredKeys: required as never[] });
}

function leaves(type: GraphQLObjectType): string[] {
  return Object.values(type.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && !field.args.some(isRequiredArgument))
    .map((field) => field.name);
}

/** The payload's scalars, and each object in it with its scalars: what the response says it stored. */
function payloadSelection(root: RootField): string {
  const payload = getNamedType(root.field.type) as GraphQLObjectType;
  const parts: string[] = ['__typename'];
  for (const field of Object.values(payload.getFields())) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named)) parts.push(`${field.name} { ${['__typename', ...leaves(named)].join(' ')} }`);
  }
  return `{ ${parts.join(' ')} }`;
}

function mutationText(root: RootField, args: Record<string, unknown>): string {
  const given = root.field.args.filter((argument) => argument.name in args);
  const declarations = given.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(', ');
  const passed = given.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  return `mutation Fuzz${declarations ? `(${declarations})` : ''} { ${root.name}${passed ? `(${passed})` : ''} ${payloadSelection(root)} }`;
}

/**
 * How to read a record back by its type: a query taking its id (`customer(id:)`), or else a list
 * of that type, searched for the id.
 */
async function readBack(
  token: string,
  typeName: string,
  id: string,
  input: Record<string, unknown>,
): Promise<Record<string, unknown> | null | undefined> {
  const type = schema.getType(typeName) as GraphQLObjectType;
  const selection = `{ ${['__typename', ...leaves(type)].join(' ')} }`;
  const byId = rootFields(schema).find(
    (root) =>
      root.operation === 'query' &&
      getNamedType(root.field.type).name === typeName &&
      root.field.args.length === 1 &&
      root.field.args[0]!.name === 'id',
  );
  if (byId) {
    const result = await executeRaw(token, `query ($id: ID!) { ${byId.name}(id: $id) ${selection} }`, { id });
    return (result.data?.[byId.name] ?? null) as Record<string, unknown> | null;
  }
  const list = LISTS.find((root) => {
    const named = getNamedType(root.field.type) as GraphQLObjectType;
    if (named.name === typeName) return true;
    const nodes = isObjectType(named) ? named.getFields().nodes : undefined;
    return nodes ? getNamedType(nodes.type).name === typeName : false;
  });
  if (!list) return undefined;
  const isConnection = getNamedType(list.field.type).name !== typeName;
  const args: string[] = [];
  const inputPartner = (input.input as Record<string, unknown> | undefined)?.partnerId;
  if (list.field.args.some((argument) => argument.name === 'last')) args.push('last: 100');
  if (list.field.args.some((argument) => argument.name === 'filter') && list.name === 'apiKeys') {
    args.push('filter: { includeRevoked: true }');
  }
  if (list.field.args.some((argument) => argument.name === 'partnerId') && typeof inputPartner === 'string') {
    args.push(`partnerId: ${JSON.stringify(inputPartner)}`);
  }
  const text = `{ ${list.name}${args.length ? `(${args.join(', ')})` : ''} ${isConnection ? `{ nodes ${selection} }` : selection} }`;
  const result = await executeRaw(token, text);
  const data = result.data?.[list.name] as
    { nodes?: Record<string, unknown>[] } | Record<string, unknown>[] | undefined;
  const items = Array.isArray(data) ? data : (data?.nodes ?? []);
  return items.find((item) => item.id === id) ?? null;
}

interface FuzzWorld {
  tenant: TenantSeed;
  password: string;
  ids: string[];
  callers: { operator: SeededOperator; platform: SeededOperator; portal: string };
}

let world: FuzzWorld;

const INVITE_MEMBER = graphql(`
  mutation FuzzMemberInvitation($input: MemberInvitationCreateInput!) {
    memberInvitationCreate(input: $input) {
      invitation {
        url
      }
    }
  }
`);

async function seedWorld(): Promise<FuzzWorld> {
  const tenant = await seed.partner({ resellers: 1 });
  const customer = await tenant.customer();
  const [member, other, platform, key] = await Promise.all([
    tenant.member(customer.id, { portalAccess: true }),
    tenant.operator('SUPPORT'),
    seed.platformStaff('PLATFORM_ADMIN'),
    tenant.apiKey(['CUSTOMERS_READ']),
  ]);
  const invitation = await query(tenant.owner.token, INVITE_MEMBER, { input: { memberId: member.id } });
  const memberPassword = `member-${randomUUID()}`;
  await authRequest('/auth/invitation/accept', {
    token: new URL(invitation.memberInvitationCreate.invitation!.url).hash.replace('#token=', ''),
    password: memberPassword,
  });
  const portal = await authRequest('/auth/portal/sign-in', { email: member.email, password: memberPassword });
  const otherId = (await executeRaw(other.token, '{ viewer { id } }')).data as { viewer: { id: string } };
  return {
    tenant,
    password: tenant.owner.password,
    ids: [customer.id, member.id, tenant.resellers[0]!.id, otherId.viewer.id, key.id, tenant.partnerId],
    callers: { operator: tenant.owner, platform, portal: portal.body!.accessToken as string },
  };
}

function codesOf(result: GraphQLResponse<unknown>): string[] {
  return (result.errors ?? []).map((error) => error.extensions?.code ?? '(none)');
}

/** The caller that may call a mutation at all: a partner's owner, else platform staff, else a portal member. */
async function callerFor(root: RootField): Promise<string> {
  const candidates = [world.callers.operator.token, world.callers.platform.token, world.callers.portal];
  const sample = fc.sample(argumentsArbitrary(root, world), { numRuns: 1, seed: 1 })[0]!;
  for (const token of candidates) {
    const result = await executeRaw(token, mutationText(root, sample), sample);
    if (!codesOf(result).includes('FORBIDDEN')) return token;
  }
  throw new Error(`no seeded caller may call ${root.name}`);
}

/**
 * Fields that background work moves on after the answer, by design: a billing run or an export is
 * answered QUEUED and a worker takes it up at once. What it was started with must still match.
 */
const PROGRESS_FIELDS: Record<string, ReadonlySet<string>> = {
  BillingRun: new Set([
    'status',
    'total',
    'processed',
    'invoicesCreated',
    'alreadyInvoiced',
    'skipped',
    'skips',
    'error',
    'finishedAt',
  ]),
  CustomerExport: new Set(['status', 'total', 'rowsWritten', 'downloadUrl', 'error', 'finishedAt', 'expiresAt']),
};

/** What the read-back disagrees with in the response, field by field. */
function differences(typeName: string, said: Record<string, unknown>, stored: Record<string, unknown>): string[] {
  const moving = PROGRESS_FIELDS[typeName];
  return Object.keys(said)
    .filter((key) => !moving?.has(key))
    .filter((key) => key in stored && JSON.stringify(said[key]) !== JSON.stringify(stored[key]))
    .map((key) => `${key}: said ${JSON.stringify(said[key])}, stored ${JSON.stringify(stored[key])}`);
}

describe('every mutation under hostile input, built from the schema', () => {
  beforeAll(async () => {
    world = await seedWorld();
  }, 60_000);

  it('should find the mutations', () => {
    expect(MUTATIONS.length).toBeGreaterThan(5);
  });

  it.each(MUTATIONS)(
    'should answer $name with no internal error and store what it says it stored',
    async (root) => {
      const token = await callerFor(root);
      const payloadType = getNamedType(root.field.type) as GraphQLObjectType;

      await fc.assert(
        fc.asyncProperty(argumentsArbitrary(root, world), async (args) => {
          const result = await executeRaw(token, mutationText(root, args), args);
          if (result.status >= 500) throw new Error(`HTTP ${result.status}: ${JSON.stringify(result.errors)}`);
          const internal = (result.errors ?? []).filter((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
          if (internal.length > 0) throw new Error(`internal error: ${JSON.stringify(internal)}`);
          const payload = result.data?.[root.name] as Record<string, unknown> | null | undefined;
          if (!payload) return;
          for (const field of Object.values(payloadType.getFields())) {
            const named = getNamedType(field.type);
            const said = payload[field.name] as Record<string, unknown> | null | undefined;
            if (!isObjectType(named) || !said || typeof said.id !== 'string') continue;
            const stored = await readBack(token, named.name, said.id, args);
            if (stored === undefined) continue;
            if (stored === null) throw new Error(`${named.name} ${said.id} was answered but cannot be read back`);
            const differ = differences(named.name, said, stored);
            if (differ.length > 0)
              throw new Error(`${named.name} stored otherwise than answered: ${differ.join('; ')}`);
          }
        }),
        { numRuns: RUNS, interruptAfterTimeLimit: TIME_BOX_MS, markInterruptAsFailure: false },
      );
    },
    30_000,
  );
});
