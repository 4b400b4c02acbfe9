import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { endSession, getAccessToken } from '../auth/session';

/** Remembers which token an operation was sent with. */
type AuthContext = { sentToken?: string | null };

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

// The gateway answers 401 with a GraphQL error coded UNAUTHENTICATED. Depending on
// the negotiated content type Apollo surfaces that as a ServerError (application/json)
// or as GraphQL errors (application/graphql-response+json), so both are checked.
const errorLink = new ErrorLink(({ error, operation }) => {
  const unauthenticated =
    (ServerError.is(error) && error.statusCode === 401) ||
    (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED'));
  if (!unauthenticated) return;
  // A late answer to a request made with an older token must not end a newer session.
  const { sentToken } = operation.getContext() as AuthContext;
  if (sentToken === getAccessToken()) endSession('expired');
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
  });
}
