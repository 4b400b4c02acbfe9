import {
  type GraphQLArgument,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';
import { TEXT_SEARCH } from './contracts/lists';
import { checkText, longTextLimit, TEXT_INPUT_MAX_LENGTH } from './text';

// Every subgraph's schema passes through here once it is built, so each rule below holds for every
// field a module adds, whether it is called through the gateway or straight at the subgraph.

/** Strings a scalar carries as text; other built-in scalars are numbers and booleans. */
const TEXT_SCALARS = new Set(['String', 'ID']);
/** Custom scalars whose value is not client text (DateTime arrives as a Date). */
const OPAQUE_SCALARS = new Set(['DateTime', 'SafeInt']);

/** The longest text allowed at an argument path (`["filter", "query"]`). */
function maxLengthAt(path: readonly string[]): number {
  return path.length === 2 && path[0] === TEXT_SEARCH.argument && path[1] === TEXT_SEARCH.field
    ? TEXT_SEARCH.maxLength
    : TEXT_INPUT_MAX_LENGTH;
}

function refused(path: readonly string[], reason: string): GraphQLError {
  return new GraphQLError(`\`${path.join('.')}\` ${reason}.`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName: path[0], field: path },
  });
}

/** An input field declared as running text (`allowLongText`): its own length, and line breaks allowed. */
type LongText = number | undefined;

function cleanText(value: string, path: readonly string[], longText?: LongText): string {
  const checked =
    longText === undefined ? checkText(value, maxLengthAt(path)) : checkText(value, longText, { multiline: true });
  if (!checked.ok) throw refused(path, checked.reason);
  return checked.value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Every string inside a free-form value (federation's `_Any` representations), keys included. */
function cleanAny(value: unknown, path: readonly string[]): unknown {
  if (typeof value === 'string') return cleanText(value, path);
  if (Array.isArray(value)) return value.map((item, i) => cleanAny(item, [...path, String(i)]));
  if (!isPlainObject(value)) return value;
  const cleaned: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    cleaned[cleanText(key, path)] = cleanAny(item, [...path, key]);
  }
  return cleaned;
}

/** A coerced argument value with every text in it checked and in NFC; new objects, never mutated. */
function cleanValue(value: unknown, type: GraphQLInputType, path: readonly string[], longText?: LongText): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return cleanValue(value, type.ofType, path, longText);
  if (isListType(type)) {
    return Array.isArray(value)
      ? value.map((item, i) => cleanValue(item, type.ofType, [...path, String(i)], longText))
      : cleanValue(value, type.ofType, path, longText);
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return value;
    const fields = type.getFields();
    const cleaned: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) {
      const field = fields[name];
      cleaned[name] = field ? cleanValue(item, field.type, [...path, name], longTextLimit(type.name, name)) : item;
    }
    return cleaned;
  }
  if (!isScalarType(type)) return value;
  if (TEXT_SCALARS.has(type.name)) return typeof value === 'string' ? cleanText(value, path, longText) : value;
  if (isSpecifiedScalarType(type) || OPAQUE_SCALARS.has(type.name)) return value;
  return cleanAny(value, path);
}

/** Whether an argument can hold text anywhere inside it. */
function carriesText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) {
    return TEXT_SCALARS.has(named.name) || !(isSpecifiedScalarType(named) || OPAQUE_SCALARS.has(named.name));
  }
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => carriesText(field.type, seen));
}

function cleanArguments(
  definitions: readonly GraphQLArgument[],
  args: Record<string, unknown>,
): Record<string, unknown> {
  const cleaned: Record<string, unknown> = { ...args };
  for (const argument of definitions) {
    if (argument.name in args) cleaned[argument.name] = cleanValue(args[argument.name], argument.type, [argument.name]);
  }
  return cleaned;
}

/** PostgreSQL's "canceling statement due to statement timeout" (SQLSTATE 57014, also sent for a manual cancel). */
export function isStatementTimeout(error: unknown): boolean {
  const driverError = (error as { driverError?: unknown } | null)?.driverError ?? error;
  if (typeof driverError !== 'object' || driverError === null) return false;
  const { code, message } = driverError as { code?: unknown; message?: unknown };
  return code === '57014' && typeof message === 'string' && message.includes('statement timeout');
}

/** What a caller is told when the database stopped a statement that ran too long. */
export function statementTimeoutError(): GraphQLError {
  return new GraphQLError(
    'The database took too long to answer this and stopped. Ask for less (a narrower search or a smaller page) and try again.',
    { extensions: { code: 'STATEMENT_TIMEOUT' } },
  );
}

function withTimeoutsExplained(error: unknown): unknown {
  return isStatementTimeout(error) ? statementTimeoutError() : error;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function guarded(
  resolve: GraphQLFieldResolver<unknown, unknown>,
  textArguments: readonly GraphQLArgument[],
): GraphQLFieldResolver<unknown, unknown> {
  return (source, args: Record<string, unknown>, context, info) => {
    const cleaned = textArguments.length > 0 ? cleanArguments(textArguments, args) : args;
    let result: unknown;
    try {
      result = resolve(source, cleaned, context, info);
    } catch (error) {
      throw withTimeoutsExplained(error);
    }
    return isPromiseLike(result)
      ? Promise.resolve(result).catch((error: unknown) => {
          throw withTimeoutsExplained(error);
        })
      : result;
  };
}

/**
 * Wraps every resolver of a built schema, in place: each text argument and input field (filters
 * and cursors included) is checked and put in NFC before the resolver sees it, and a statement
 * the database stopped for running too long is answered as `STATEMENT_TIMEOUT`, not as an
 * internal error. A refused text is `BAD_USER_INPUT` naming its path, e.g. `input.name`.
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const textArguments = field.args.filter((argument) => carriesText(argument.type));
      if (!field.resolve && textArguments.length === 0) continue;
      field.resolve = guarded(field.resolve ?? defaultFieldResolver, textArguments);
    }
  }
  return schema;
}
