import { Requires } from '@clientele/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ActorsContext } from './actor.loaders';
import { ActorType, actorKey } from './actor.type';

@Resolver(() => ActorType)
export class ActorResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Their name as it is now; null when they are no longer known to the caller.',
  })
  @Requires('customers:read')
  name(@Root() actor: ActorType, @Ctx() context: ActorsContext): Promise<string | null> {
    return context.loaders.actorName.load(actorKey(actor));
  }
}
