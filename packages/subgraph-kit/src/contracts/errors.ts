/**
 * The `extensions.code` values whose message is meant for the caller. The subgraphs pass these
 * through and the gateway lets them reach the client; any other error is ours to log and to
 * answer with a generic message and the request id.
 */
export const CALLER_FACING_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  /** The gateway's refusals of a query's shape and of a caller over their budget. */
  'QUERY_TOO_DEEP',
  'QUERY_TOO_MANY_ALIASES',
  'QUERY_TOO_MANY_DIRECTIVES',
  'QUERY_TOO_LARGE',
  'QUERY_TOO_COSTLY',
  'THROTTLED',
  /** A database statement ran past the subgraphs' statement timeout and was stopped. */
  'STATEMENT_TIMEOUT',
] as const;

export type CallerFacingErrorCode = (typeof CALLER_FACING_ERROR_CODES)[number];

const callerFacing = new Set<string>(CALLER_FACING_ERROR_CODES);

export function isCallerFacingErrorCode(code: unknown): code is CallerFacingErrorCode {
  return typeof code === 'string' && callerFacing.has(code);
}

/** Carries one request id from the gateway through every subgraph and into every log line. */
export const REQUEST_ID_HEADER = 'x-request-id';
