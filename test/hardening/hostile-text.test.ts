import {
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isRequiredArgument,
  isRequiredInputField,
} from 'graphql';
import { RUNNING_TEXT_FIELDS } from '@clientele/subgraph-kit';
import { executeRaw } from '../support/api';
import { testStack } from '../support/env';
import {
  type EntityKey,
  type RootField,
  entityKeys,
  loadSupergraph,
  operationFor,
  rootFields,
} from '../support/schema-discovery';
import { type TenantSeed, seed } from '../support/seed';

/**
 * Sends hostile text to every String and ID argument and input field (at any depth, optional
 * ones and filters included) of every query and mutation the gateway serves, read from the
 * composed schema so that a field added later is tried too; and to `_entities` on every
 * subgraph directly. Each must be refused as BAD_USER_INPUT, never an internal error.
 */

const schema = loadSupergraph();

interface TextSlot {
  root: RootField;
  /** Argument name, then input field names down to the text. */
  path: string[];
  /** `InputType.field` of the text, when it is an input object's field. */
  inputField: string | null;
}

function isText(type: GraphQLInputType): boolean {
  return ['String', 'ID'].includes(getNamedType(type).name);
}

function textSlotsOf(root: RootField): TextSlot[] {
  const slots: TextSlot[] = [];
  const visit = (type: GraphQLInputType, path: string[], seen: Set<string>, inputField: string | null) => {
    if (isText(type)) {
      slots.push({ root, path, inputField });
      return;
    }
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    for (const field of Object.values(named.getFields())) {
      visit(field.type, [...path, field.name], new Set([...seen, named.name]), `${named.name}.${field.name}`);
    }
  };
  for (const argument of root.field.args) visit(argument.type, [argument.name], new Set(), null);
  return slots;
}

/** The required arguments with harmless values, and `value` at the slot's path. */
function argumentsWith(slot: TextSlot, value: string): Record<string, unknown> {
  const onPath = (path: string[]) => path.every((part, i) => slot.path[i] === part);
  const valueFor = (type: GraphQLInputType, path: string[]): unknown => {
    if (isNonNullType(type)) return valueFor(type.ofType, path);
    if (isListType(type)) return [valueFor(type.ofType, path)];
    if (path.join('.') === slot.path.join('.')) return value;
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type)) {
      const fields: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const fieldPath = [...path, field.name];
        if (isRequiredInputField(field) || onPath(fieldPath)) fields[field.name] = valueFor(field.type, fieldPath);
      }
      return fields;
    }
    const harmless: Record<string, unknown> = { Int: 1, Float: 1, Boolean: false, DateTime: '2026-01-01T00:00:00Z' };
    return getNamedType(type).name in harmless ? harmless[getNamedType(type).name] : 'x';
  };
  const values: Record<string, unknown> = {};
  for (const argument of slot.root.field.args) {
    if (isRequiredArgument(argument) || onPath([argument.name])) {
      values[argument.name] = valueFor(argument.type, [argument.name]);
    }
  }
  return values;
}

/** The longest text a slot takes: 2,000 characters, or more for running text such as a note. */
const maxLengthOf = (slot: TextSlot) => (slot.inputField ? RUNNING_TEXT_FIELDS[slot.inputField] : undefined) ?? 2000;

const HOSTILE: [string, (slot: TextSlot) => string][] = [
  ['a NUL byte', () => 'before\u0000after'],
  ['a lone surrogate', () => 'before\uD800after'],
  ['one character more than its limit', (slot) => 'x'.repeat(maxLengthOf(slot) + 1)],
];

const SLOTS = rootFields(schema).flatMap(textSlotsOf);
const CASES = SLOTS.flatMap((slot) =>
  HOSTILE.map(([what, value]) => [`${slot.root.name}(${slot.path.join('.')})`, what, slot, value(slot)] as const),
);

let tenant: TenantSeed;

beforeAll(async () => {
  tenant = await seed.partner();
});

describe('hostile text in every argument', () => {
  it('should find the text inputs it is meant to try', () => {
    const names = SLOTS.map((slot) => `${slot.root.name}.${slot.path.join('.')}`);

    expect(names).toEqual(
      expect.arrayContaining([
        'customers.filter.query',
        'customers.after',
        'customerCreate.input.name',
        'operatorInvite.input.email',
      ]),
    );
  });

  it.each(CASES)('should refuse %s holding %s as BAD_USER_INPUT', async (_name, _what, slot, value) => {
    const { query, variables } = operationFor(slot.root, argumentsWith(slot, value));

    const response = await executeRaw(tenant.owner.token, query, variables);

    expect(response.status).not.toBe(500);
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    // An item of a list is named by its index too, e.g. `input.tags.0` or `input.lines.0.taxRate`.
    expect(response.errors?.[0]?.message).toMatch(new RegExp(`^\`${slot.path.join('(\\.0)?\\.')}(\\.0)?\` `));
  });
});

describe('hostile text sent straight to a subgraph', () => {
  const subgraphUrl = (name: string) =>
    `${testStack().subgraphUrls[name as keyof ReturnType<typeof testStack>['subgraphUrls']]}/graphql`;

  it('should refuse a NUL byte in a mutation input as BAD_USER_INPUT', async () => {
    const response = await executeRaw(
      tenant.owner.token,
      'mutation ($input: CustomerCreateInput!) { customerCreate(input: $input) { customer { id } } }',
      { input: { name: 'Harbor\u0000Dental', country: 'GB', currency: 'GBP' } },
      subgraphUrl('accounts'),
    );

    expect(response.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ['BAD_USER_INPUT', '`input.name` contains a control character (U+0000).'],
    ]);
  });

  it.each(entityKeys(schema).map((entity) => [`${entity.typeName} on ${entity.subgraph}`, entity] as const))(
    'should refuse a NUL byte in an _entities representation of %s as BAD_USER_INPUT',
    async (_name, entity: EntityKey) => {
      const response = await executeRaw(
        tenant.owner.token,
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }`,
        { representations: [{ __typename: entity.typeName, [entity.key]: 'a\u0000b' }] },
        subgraphUrl(entity.subgraph),
      );

      expect(response.status).not.toBe(500);
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    },
  );
});
