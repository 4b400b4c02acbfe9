import { unwrapResolverError } from '@apollo/server/errors';
import { type CallerFacingErrorCode, isCallerFacingErrorCode } from '@clientele/subgraph-kit/contracts';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { config } from './config';
import { logger } from './logger';
import { currentTrace } from '@clientele/subgraph-kit/http';

/** Refusals of the query's shape, each with a code a client can branch on. */
export const LIMIT_CODES = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'QUERY_TOO_MANY_ALIASES',
  directives: 'QUERY_TOO_MANY_DIRECTIVES',
  tokens: 'QUERY_TOO_LARGE',
  cost: 'QUERY_TOO_COSTLY',
} as const satisfies Record<string, CallerFacingErrorCode>;

export const THROTTLED = 'THROTTLED' satisfies CallerFacingErrorCode;

const LIMIT_CODE_VALUES = new Set<string>(Object.values(LIMIT_CODES));

export function authenticationError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** A refusal of the query itself: the caller must change the query, retrying will not help. */
export function limitError(code: (typeof LIMIT_CODES)[keyof typeof LIMIT_CODES], message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; our limit rules leave their
 * sharper code on the original error, and the client gets that one.
 */
function codeOf(formatted: GraphQLFormattedError, error: unknown): string {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const limitCode = original instanceof GraphQLError ? original.extensions.code : undefined;
  if (typeof limitCode === 'string' && LIMIT_CODE_VALUES.has(limitCode)) return limitCode;
  const code = formatted.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

interface SubgraphRefusal {
  response?: { status?: unknown; body?: { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } };
}

/**
 * A subgraph that refuses the variables it was sent (a value its scalar does not accept, such as a
 * day that is not YYYY-MM-DD) answers 400, which the gateway's planner reports as its own failure.
 * The caller sent that value, so the caller gets the subgraph's BAD_USER_INPUT and its message.
 */
function refusedInput(formatted: GraphQLFormattedError): string | null {
  const { response } = (formatted.extensions ?? {}) as SubgraphRefusal;
  const errors = response?.status === 400 ? response.body?.errors : undefined;
  if (!errors?.length || !errors.every((error) => error.extensions?.code === 'BAD_USER_INPUT')) return null;
  return typeof errors[0]!.message === 'string' ? errors[0]!.message : null;
}

/**
 * Every error carries the request id. In production anything that is not a user-facing refusal
 * (a subgraph down, a bug) is logged in full and answered with the request id only, so neither
 * internals nor another service's wording reach the caller.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const trace = currentTrace();
  const requestId = trace?.requestId ?? 'unknown';
  const refusal = refusedInput(formatted);
  if (refusal) return { message: refusal, extensions: { code: 'BAD_USER_INPUT', requestId } };
  const code = codeOf(formatted, error);
  if (isCallerFacingErrorCode(code)) {
    return { ...formatted, extensions: { ...formatted.extensions, code, requestId } };
  }
  (trace?.log ?? logger).error(
    {
      err: unwrapResolverError(error),
      code,
      message: formatted.message,
      path: formatted.path,
      subgraph: formatted.extensions?.serviceName,
    },
    'internal error',
  );
  if (!config.production) return { ...formatted, extensions: { ...formatted.extensions, code, requestId } };
  return {
    message: `Something went wrong on our side. Quote request id ${requestId} if you contact support.`,
    // The path says which part of a partial answer is missing; it reveals nothing of ours.
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
