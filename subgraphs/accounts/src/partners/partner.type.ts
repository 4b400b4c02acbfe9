import { Field, ID, ObjectType } from 'type-graphql';
import type { PartnerEntity } from './partner.entity';

@ObjectType('Partner', { description: 'A business that runs customer accounts on Clientele.' })
export class PartnerType {
  @Field(() => ID, { description: 'Unique id of the partner.' })
  id: string;

  @Field({ description: 'The partner’s display name.' })
  name: string;
}

export function toPartnerType(entity: PartnerEntity): PartnerType {
  return Object.assign(new PartnerType(), { id: entity.id, name: entity.name });
}
