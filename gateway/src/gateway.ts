import { readFileSync } from 'node:fs';
import type { GraphQLError } from 'graphql';
import { authenticationError } from './errors';
import { ApolloGateway, type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Caller } from './auth';
import { SUPERGRAPH_PATH } from './compose';
import { type SubgraphName, config } from './config';

export interface GatewayContext extends Caller {
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

  /**
   * A subgraph answers 401 when the token's session has ended (signed out, revoked, expired):
   * pass that on as the caller's own authentication failure, without the subgraph's address.
   */
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ): Promise<GraphQLError> {
    if (response.status !== 401) return super.errorFromResponse(response);
    const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
    return authenticationError(body?.errors?.[0]?.message ?? 'Your session has ended. Sign in again.');
  }
}

/**
 * Fetches from one subgraph with its own deadline. A failure names the subgraph, which undici's
 * bare "fetch failed" does not, so the log says which service to look at.
 */
function subgraphFetch(subgraph: SubgraphName): typeof fetch {
  const timeoutMs = config.subgraphTimeoutMs[subgraph];
  return async (url, init) => {
    try {
      return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (err) {
      const why =
        err instanceof DOMException && err.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'unreachable';
      throw new Error(`The ${subgraph} subgraph is ${why}`, { cause: err });
    }
  };
}

export function createGateway(): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name }) =>
      new SubgraphDataSource({
        url: `${config.subgraphs[name as SubgraphName]}/graphql`,
        fetcher: subgraphFetch(name as SubgraphName),
      }),
  });
}
