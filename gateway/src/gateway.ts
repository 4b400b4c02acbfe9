import { readFileSync } from 'node:fs';
import { ApolloGateway, type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { SUPERGRAPH_PATH } from './compose';
import { type SubgraphName, config } from './config';

export interface GatewayContext {
  authorization: string;
  requestId: string;
}

/** Passes the caller's token and request id on to every subgraph, with a deadline per call. */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    // Health checks and schema loads carry no caller; only requests do.
    const { authorization, requestId } = context as Partial<GatewayContext>;
    if (authorization) request.http?.headers.set('authorization', authorization);
    if (requestId) request.http?.headers.set('x-request-id', requestId);
  }
}

export function createGateway(): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name }) =>
      new SubgraphDataSource({
        url: `${config.subgraphs[name as SubgraphName]}/graphql`,
        fetcher: (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(config.subgraphTimeoutMs) }),
      }),
  });
}
