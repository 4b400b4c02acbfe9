import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  Kind,
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  isRequiredInputField,
} from 'graphql';

/**
 * Reads the public API's shape from the composed supergraph, so that a suite can try every
 * query, mutation and entity the gateway serves, including ones added after the suite was written.
 */

const SUPERGRAPH_PATH = join(__dirname, '..', '..', 'gateway', 'supergraph.graphql');

/** The composed schema; its join directives are declared in the file, so it builds as plain SDL. */
export function loadSupergraph(): GraphQLSchema {
  return buildSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'));
}

export type OperationKind = 'query' | 'mutation';

export interface RootField {
  operation: OperationKind;
  name: string;
  field: GraphQLField<unknown, unknown>;
}

function directives(node: { directives?: readonly ConstDirectiveNode[] } | null | undefined, name: string) {
  return (node?.directives ?? []).filter((directive) => directive.name.value === name);
}

function argumentValue(directive: ConstDirectiveNode, name: string): string | boolean | undefined {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.STRING || value.kind === Kind.ENUM) return value.value;
  if (value.kind === Kind.BOOLEAN) return value.value;
  return undefined;
}

/** Every query and mutation of the public API (fields marked @inaccessible are not served). */
export function rootFields(schema: GraphQLSchema): RootField[] {
  const roots: [OperationKind, GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([operation, type]) =>
    Object.values(type?.getFields() ?? {})
      .filter((field) => directives(field.astNode, 'inaccessible').length === 0)
      .map((field) => ({ operation, name: field.name, field })),
  );
}

/**
 * A place in a field's arguments that carries an id: `customer.id`, `apiKeyRevoke.input.id`,
 * `auditLog.filter.customerId`. The key names the root field, so every new field gets its own.
 */
export interface IdSlot {
  key: string;
  /** Argument name, then input field names down to the id. */
  path: string[];
}

function isIdType(type: GraphQLInputType): boolean {
  return getNamedType(type).name === 'ID';
}

/** Every argument, or input object field at any depth, whose type is an ID or a list of IDs. */
export function idSlotsOf(root: RootField): IdSlot[] {
  const slots: IdSlot[] = [];
  const visit = (type: GraphQLInputType, path: string[], seen: Set<string>) => {
    if (isIdType(type)) {
      slots.push({ key: `${root.name}.${path.join('.')}`, path });
      return;
    }
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    for (const field of Object.values(named.getFields())) {
      visit(field.type, [...path, field.name], new Set([...seen, named.name]));
    }
  };
  for (const argument of root.field.args) visit(argument.type, [argument.name], new Set());
  return slots;
}

export interface ArgumentFiller {
  /** The id to put at `probe.path`; every other place that needs an id gets `ownId`. */
  probe?: { path: string[]; id: string };
  /** An id for a required id that is not being probed: the caller's own record, so only the probe can fail. */
  ownId(key: string): string;
  /** A valid value for a required scalar that is not an id, by the input's name and type. */
  scalar(name: string, typeName: string): unknown;
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((part, i) => path[i] === part);
}

/**
 * Arguments for a root field: the required ones, filled with valid values, plus whatever lies on
 * the probe's path. Optional arguments and input fields are left out, so the probed id is the
 * only thing the call is about.
 */
export function argumentsFor(root: RootField, filler: ArgumentFiller): Record<string, unknown> {
  const onProbePath = (path: string[]) => (filler.probe ? startsWith(filler.probe.path, path) : false);
  const valueFor = (type: GraphQLInputType, path: string[]): unknown => {
    if (isNonNullType(type)) return valueFor(type.ofType, path);
    if (isListType(type)) return [valueFor(type.ofType, path)];
    const name = path[path.length - 1]!;
    if (isIdType(type)) {
      const probe = filler.probe;
      return probe && probe.path.join('.') === path.join('.')
        ? probe.id
        : filler.ownId(`${root.name}.${path.join('.')}`);
    }
    if (isEnumType(type)) {
      // The last value is usually the least privileged (READ_ONLY, MEMBER, MESSAGING_SEND), so a
      // role check does not refuse the call before the id is looked at.
      const values = type.getValues();
      return values[values.length - 1]!.value;
    }
    if (isInputObjectType(type)) {
      const value: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const fieldPath = [...path, field.name];
        if (isRequiredInputField(field) || onProbePath(fieldPath)) value[field.name] = valueFor(field.type, fieldPath);
      }
      return value;
    }
    return filler.scalar(name, type.name);
  };
  const values: Record<string, unknown> = {};
  for (const argument of root.field.args) {
    if (isRequiredArgument(argument) || onProbePath([argument.name])) {
      values[argument.name] = valueFor(argument.type, [argument.name]);
    }
  }
  return values;
}

/** Whether the gateway serves a field: one marked @inaccessible exists only between the subgraphs. */
function isPublic(field: GraphQLField<unknown, unknown>): boolean {
  return directives(field.astNode, 'inaccessible').length === 0;
}

function leafFieldNames(type: GraphQLObjectType): string[] {
  return Object.values(type.getFields())
    .filter((field) => isPublic(field) && isLeafType(getNamedType(field.type)) && !field.args.some(isRequiredArgument))
    .map((field) => field.name);
}

/**
 * A selection set that shows whatever a field returns: `__typename` and every scalar, and one
 * level down the same for each object field (so a payload's `userErrors { code field message }`
 * and its record, or a connection's `totalCount` and `nodes`).
 */
function selectionFor(type: GraphQLOutputType, depth = 0): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const parts = ['__typename', ...leafFieldNames(named)];
  if (depth === 0) {
    for (const field of Object.values(named.getFields())) {
      const child = getNamedType(field.type);
      if (!isPublic(field) || isLeafType(child) || field.args.some(isRequiredArgument)) continue;
      parts.push(`${field.name} ${selectionFor(field.type, depth + 1)}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

/** One operation calling one root field, with a variable per argument given. */
export function operationFor(
  root: RootField,
  args: Record<string, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const given = root.field.args.filter((argument) => argument.name in args);
  const declarations = given.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(', ');
  const passed = given.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  const query = `${root.operation} Probe${declarations ? `(${declarations})` : ''} { ${root.name}${
    passed ? `(${passed})` : ''
  } ${selectionFor(root.field.type)} }`;
  return { query, variables: args };
}

/** An entity type a subgraph resolves from a key (`@join__type(graph: X, key: "id")`). */
export interface EntityKey {
  typeName: string;
  /** The subgraph's name, as in `testStack().subgraphUrls`. */
  subgraph: string;
  /** The key's field set, e.g. `id`. */
  key: string;
  /** A selection of the fields that subgraph serves, for `... on Type`. */
  selection: string;
}

export function entityKeys(schema: GraphQLSchema): EntityKey[] {
  const graphNames = new Map<string, string>();
  const graphEnum = schema.getType('join__Graph');
  if (isEnumType(graphEnum)) {
    for (const value of graphEnum.getValues()) {
      const [graph] = directives(value.astNode, 'join__graph');
      const name = graph ? argumentValue(graph, 'name') : undefined;
      if (typeof name === 'string') graphNames.set(value.name, name);
    }
  }
  const keys: EntityKey[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const joinType of directives(type.astNode, 'join__type')) {
      const key = argumentValue(joinType, 'key');
      const graph = argumentValue(joinType, 'graph');
      if (typeof key !== 'string' || typeof graph !== 'string') continue;
      if (argumentValue(joinType, 'resolvable') === false) continue;
      keys.push({
        typeName: type.name,
        subgraph: graphNames.get(graph) ?? graph.toLowerCase(),
        key,
        selection: entitySelection(type, graph),
      });
    }
  }
  return keys;
}

/** The fields of an entity one subgraph serves: those without @join__field, or with one naming it. */
function entitySelection(type: GraphQLObjectType, graph: string): string {
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    const joins = directives(field.astNode, 'join__field');
    const served = joins.length === 0 || joins.some((join) => argumentValue(join, 'graph') === graph);
    if (!served || joins.some((join) => argumentValue(join, 'external') === true)) continue;
    if (field.args.some(isRequiredArgument)) continue;
    parts.push(isLeafType(getNamedType(field.type)) ? field.name : `${field.name} { __typename }`);
  }
  return parts.join(' ');
}

/** Whether a field answers many records: a list, or a Relay connection (`nodes`). */
function isManyType(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return true;
  const named = getNamedType(inner);
  return isObjectType(named) && 'nodes' in named.getFields() && 'pageInfo' in named.getFields();
}

/** Every query of the public API that answers a list or a connection. */
export function listFields(schema: GraphQLSchema): RootField[] {
  return rootFields(schema).filter((root) => root.operation === 'query' && isManyType(root.field.type));
}

/** The page size a list probe asks for: what every connection accepts, and large enough to show a leak. */
const PROBE_PAGE = 100;
/**
 * Lists whose rows carry the most (a customer with a page of everything the three subgraphs hang
 * off it; an invoice with its customer, money, lines and credit notes): a 100-row page of all of it
 * costs more than the gateway lets one query cost, so they are probed with a page that fits. Still
 * far more rows than any tenant of this suite holds, so a leaked row would be seen.
 */
const PROBE_PAGE_FOR: Record<string, number> = { customers: 50, invoices: 25 };
// One row of each nested connection keeps a 100-row probe within the query cost limit.
const NESTED_PAGE = 1;

/**
 * A selection that shows everything a list holds, `depth` levels down: every scalar, and every
 * object or list field (nested connections a few items each), skipping only `edges` (the same
 * records as `nodes`) and fields that need an argument.
 */
export function deepSelectionFor(type: GraphQLOutputType, depth = 4): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth === 0) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (!isPublic(field) || field.name === 'edges' || field.args.some(isRequiredArgument)) continue;
    const child = getNamedType(field.type);
    if (isLeafType(child)) {
      parts.push(field.name);
      continue;
    }
    const page = field.args.some((argument) => argument.name === 'first') ? `(first: ${NESTED_PAGE})` : '';
    parts.push(`${field.name}${page} ${deepSelectionFor(field.type, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/**
 * The ways to ask a list field for records: its largest page from either end, and, for each
 * text field of its `filter`, a search for each of `searches` (a list that forgot its tenant
 * filter shows another tenant's record when asked for it by name).
 */
export function listVariantsFor(root: RootField, searches: string[]): Record<string, unknown>[] {
  const args = new Map(root.field.args.map((argument) => [argument.name, argument]));
  const variants: Record<string, unknown>[] = [];
  const size = PROBE_PAGE_FOR[root.name] ?? PROBE_PAGE;
  const page = (extra: Record<string, unknown>) => (args.has('first') ? { first: size, ...extra } : extra);
  variants.push(page({}));
  if (args.has('last')) variants.push({ last: size });
  const filter = args.get('filter');
  const filterType = filter ? getNamedType(filter.type) : null;
  if (isInputObjectType(filterType)) {
    for (const field of Object.values(filterType.getFields())) {
      // A text search is one string; a list of strings (countries, tags) is a choice of codes, not a search.
      if (getNamedType(field.type).name !== 'String' || isListType(getNullableType(field.type))) continue;
      for (const search of searches) variants.push(page({ filter: { [field.name]: search } }));
    }
  }
  return variants;
}

/** One operation asking a list field with the given arguments for everything it holds. */
export function listOperationFor(
  root: RootField,
  args: Record<string, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const given = root.field.args.filter((argument) => argument.name in args);
  const declarations = given.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(', ');
  const passed = given.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  const query = `query ListProbe${declarations ? `(${declarations})` : ''} { ${root.name}${
    passed ? `(${passed})` : ''
  } ${deepSelectionFor(root.field.type)} }`;
  return { query, variables: args };
}
