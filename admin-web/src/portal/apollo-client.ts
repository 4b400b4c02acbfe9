import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, throwError } from 'rxjs';
import { isUnauthenticated } from '../shared/graphql-errors';
import { expirePortalSession, getPortalToken, refreshPortalSession } from './portal-session';

type AuthContext = { sentToken?: string | null; retried?: boolean };

const authLink = new SetContextLink((prevContext) => {
  const token = getPortalToken();
  const context: AuthContext = { sentToken: token };
  if (!token) return context;
  return {
    ...context,
    headers: { ...(prevContext.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` },
  };
});

// A member's token is renewed once and the request retried; a log-in-as session just ends.
const errorLink = new ErrorLink(({ error, operation, forward }) => {
  if (!isUnauthenticated(error)) return;
  const { sentToken, retried } = operation.getContext() as AuthContext;
  const current = getPortalToken();
  if (retried) {
    if (sentToken === current) expirePortalSession();
    return;
  }
  operation.setContext({ retried: true } satisfies AuthContext);
  if (current !== null && current !== sentToken) return forward(operation);
  return from(refreshPortalSession()).pipe(mergeMap((ok) => (ok ? forward(operation) : throwError(() => error))));
});

/** The portal's own client: its own token and its own cache, apart from the operator's. */
export function createPortalApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
  });
}
