import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Outlet } from 'react-router';
import { createPortalApolloClient } from './apollo-client';
import { getPortalState, subscribeToPortalState } from './portal-session';

/** Every portal page talks to the API with the portal token, never the operator's. */
export function PortalRoot() {
  const [client] = useState(createPortalApolloClient);

  // Nothing cached in one session may be shown in the next.
  useEffect(
    () =>
      subscribeToPortalState(() => {
        if (getPortalState().status !== 'active') void client.clearStore();
      }),
    [client],
  );

  return (
    <ApolloProvider client={client}>
      <Outlet />
    </ApolloProvider>
  );
}
