import { type Caller, type RequestContext, SERVICE_ACTOR_IDS, scopeOf } from '@clientele/subgraph-kit';
import DataLoader from 'dataloader';
import type { ApiKeyService } from '../api-keys';
import type { MemberService } from '../members';
import type { OperatorService } from '../operators';
import type { PlatformStaffService } from '../platform';

/** Where the names of the people and apps that act come from. */
export interface ActorDirectory {
  operators: OperatorService;
  members: MemberService;
  apiKeys: ApiKeyService;
  staff: PlatformStaffService;
}

/**
 * Actors' names by `kind:id`, one statement per kind for operators and members; API keys and
 * platform staff are few on any page and are looked up one by one. A name the caller may not see
 * (another partner's operator) is null.
 */
export function createActorLoaders(directory: ActorDirectory, caller: Caller) {
  return {
    actorName: new DataLoader<string, string | null>(async (keys) => {
      const idsOf = (kind: string) =>
        keys.filter((key) => key.startsWith(`${kind}:`)).map((key) => key.slice(kind.length + 1));
      const { partnerId } = scopeOf(caller);
      const names = new Map<string, string>();
      const [operators, members, apiKeys, staff] = await Promise.all([
        directory.operators.findByIds(caller, idsOf('operator')),
        directory.members.findByIds(caller, idsOf('portal')),
        Promise.all(
          idsOf('apiKey').map((id) => (partnerId ? directory.apiKeys.describe(partnerId, id) : Promise.resolve(null))),
        ),
        Promise.all(idsOf('platform').map((id) => directory.staff.findActive(id))),
      ]);
      for (const operator of operators) names.set(`operator:${operator.id}`, operator.name);
      for (const member of members) names.set(`portal:${member.id}`, member.name);
      for (const key of apiKeys) if (key) names.set(`apiKey:${key.id}`, key.name);
      for (const person of staff) if (person) names.set(`platform:${person.id}`, person.name);
      // A service acting on its own (a notice on an event) is Clientele itself.
      for (const [service, id] of Object.entries(SERVICE_ACTOR_IDS))
        names.set(`service:${id}`, `Clientele (${service})`);
      return keys.map((key) => names.get(key) ?? null);
    }),
  };
}

export type ActorLoaders = ReturnType<typeof createActorLoaders>;
export type ActorsContext = RequestContext<ActorLoaders>;
