import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/**
 * The gateway answers 401 with a GraphQL error coded UNAUTHENTICATED. Depending on the
 * negotiated content type Apollo surfaces that as a ServerError (application/json) or as
 * GraphQL errors (application/graphql-response+json), so both are checked.
 */
export function isUnauthenticated(error: unknown): boolean {
  return (
    (ServerError.is(error) && error.statusCode === 401) ||
    (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED'))
  );
}

/** A sentence for an operation that failed outright (not a userError). */
export function describeError(error: unknown, what: string): string {
  if (CombinedGraphQLErrors.is(error)) {
    const forbidden = error.errors.find((e) => e.extensions?.['code'] === 'FORBIDDEN');
    if (forbidden) return `${what}: ${forbidden.message}`;
    const first = error.errors[0];
    if (first) return `${what}: ${first.message}`;
  }
  if (ServerError.is(error)) return `${what}: the server answered ${error.statusCode}. Please try again.`;
  return `${what}: could not reach the server. Check your connection and try again.`;
}
