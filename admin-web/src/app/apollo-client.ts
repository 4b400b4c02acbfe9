import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, throwError } from 'rxjs';
import { endSession, getAccessToken, refreshSession } from '../auth';
import { isUnauthenticated } from '../shared/graphql-errors';

/** Which token an operation was sent with, and whether it is already a retry. */
type AuthContext = { sentToken?: string | null; retried?: boolean };

const authLink = new SetContextLink((prevContext) => {
  const token = getAccessToken();
  const context: AuthContext = { sentToken: token };
  if (!token) return context;
  return {
    ...context,
    headers: {
      ...(prevContext.headers as Record<string, string> | undefined),
      authorization: `Bearer ${token}`,
    },
  };
});

// An expired or revoked token: renew it from the refresh cookie and try once more.
const errorLink = new ErrorLink(({ error, operation, forward }) => {
  if (!isUnauthenticated(error)) return;
  const { sentToken, retried } = operation.getContext() as AuthContext;
  const current = getAccessToken();
  if (retried) {
    // A late answer to a request made with an older token must not end a newer session.
    if (sentToken === current) endSession('expired');
    return;
  }
  operation.setContext({ retried: true } satisfies AuthContext);
  // Another request may have renewed the token meanwhile; then just use the new one.
  const renewed = current !== null && current !== sentToken ? Promise.resolve(true) : refreshSession();
  return from(renewed).pipe(mergeMap((ok) => (ok ? forward(operation) : throwError(() => error))));
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
  });
}
