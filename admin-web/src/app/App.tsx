import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { getAuthState, subscribeToAuthState } from '../auth';
import { AppLinksContext } from '../platform/app-links';
import { createApolloClient } from './apollo-client';
import { appLinks } from './features';
import { createRouter } from './router';

export function App() {
  const [client] = useState(createApolloClient);
  const [router] = useState(createRouter);

  // Nothing cached for one operator may be shown to the next.
  useEffect(
    () =>
      subscribeToAuthState(() => {
        if (getAuthState().status === 'signed-out') void client.clearStore();
      }),
    [client],
  );

  return (
    <ApolloProvider client={client}>
      <AppLinksContext value={appLinks}>
        <RouterProvider router={router} />
      </AppLinksContext>
    </ApolloProvider>
  );
}
