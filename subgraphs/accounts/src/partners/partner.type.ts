import { ConnectionArgs, ConnectionType } from '@clientele/subgraph-kit';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import type { PartnerEntity, ResellerEntity } from './partner.entity';

@ObjectType('Partner', { description: 'A business that runs customer accounts on Clientele.' })
export class PartnerType {
  @Field(() => ID, { description: 'Unique id of the partner.' })
  id: string;

  @Field({ description: 'The partner’s display name.' })
  name: string;

  @Field({ description: 'When the partner was created.' })
  createdAt: Date;
}

export function toPartnerType(entity: PartnerEntity): PartnerType {
  return Object.assign(new PartnerType(), { id: entity.id, name: entity.name, createdAt: entity.createdAt });
}

@ObjectType('Reseller', { description: 'A reseller within a partner; operators may be limited to one.' })
export class ResellerType {
  @Field(() => ID, { description: 'Unique id of the reseller.' })
  id: string;

  @Field({ description: 'The reseller’s name.' })
  name: string;
}

export function toResellerType(entity: ResellerEntity): ResellerType {
  return Object.assign(new ResellerType(), { id: entity.id, name: entity.name });
}

export const PartnerConnection = ConnectionType(PartnerType, 'Partner', 'partner');
export type PartnerConnection = InstanceType<typeof PartnerConnection>;

@ArgsType()
export class PartnersArgs extends ConnectionArgs {}
