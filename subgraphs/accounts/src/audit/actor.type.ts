import type { AuditRequestedData } from '@clientele/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** Who can act in Clientele, as the audit log records them. */
export type ActorKind = AuditRequestedData['actor']['kind'];

export enum ActorKindEnum {
  OPERATOR = 'operator',
  PLATFORM = 'platform',
  API_KEY = 'apiKey',
  PORTAL = 'portal',
  SERVICE = 'service',
}
registerEnumType(ActorKindEnum, {
  name: 'ActorKind',
  description: 'What kind of caller did something.',
  valuesConfig: {
    OPERATOR: { description: 'One of the partner’s staff.' },
    PLATFORM: { description: 'Clientele’s platform staff.' },
    API_KEY: { description: 'A partner app, with an API key.' },
    PORTAL: { description: 'A member of the customer, in the customer portal.' },
    SERVICE: { description: 'Clientele itself, acting for the partner on an event (a notice sent).' },
  },
});

@ObjectType('Actor', { description: 'Who did something: an operator, platform staff, a partner app or a member.' })
export class ActorType {
  @Field(() => ActorKindEnum, { description: 'What kind of caller it was.' })
  kind: ActorKind;

  @Field(() => ID, { description: 'Id of the operator, staff member, API key or member.' })
  id: string;
}

export function toActorType(kind: string, id: string): ActorType {
  return Object.assign(new ActorType(), { kind: kind as ActorKind, id });
}

/** The key an actor's name is loaded by. */
export function actorKey(actor: Pick<ActorType, 'kind' | 'id'>): string {
  return `${actor.kind}:${actor.id}`;
}
