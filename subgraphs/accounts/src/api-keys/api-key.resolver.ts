import { type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ApiKeyCreateInput, ApiKeyCreatePayload, ApiKeyRevokeInput, ApiKeyRevokePayload } from './api-key.inputs';
import type { ApiKeyService } from './api-key.service';
import { ApiKeyConnection, ApiKeyType, ApiKeysArgs } from './api-key.type';

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  constructor(private readonly service: ApiKeyService) {}

  @Query(() => ApiKeyConnection, { description: 'The partner’s API keys, newest first.' })
  @Requires('api-keys:manage')
  apiKeys(@Args() { filter, ...page }: ApiKeysArgs, @Ctx() context: RequestContext): Promise<ApiKeyConnection> {
    return this.service.list(context.caller, filter, page);
  }

  @Mutation(() => ApiKeyCreatePayload, { description: 'Creates an API key and shows its secret this once.' })
  @Requires('api-keys:manage')
  apiKeyCreate(
    @Arg('input', { description: 'The new key.' }) input: ApiKeyCreateInput,
    @Ctx() context: RequestContext,
  ): Promise<ApiKeyCreatePayload> {
    return this.service.create(context, input);
  }

  @Mutation(() => ApiKeyRevokePayload, { description: 'Revokes an API key; calls with it fail from then on.' })
  @Requires('api-keys:manage')
  apiKeyRevoke(
    @Arg('input', { description: 'The key to revoke.' }) input: ApiKeyRevokeInput,
    @Ctx() context: RequestContext,
  ): Promise<ApiKeyRevokePayload> {
    return this.service.revoke(context, input.id);
  }
}
