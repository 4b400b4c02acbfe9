import { Field, ObjectType } from 'type-graphql';
import type { Invitation } from './invitation.service';

@ObjectType('Invitation', {
  description: 'A single-use link with which the invited person sets their password. Share it privately.',
})
export class InvitationType {
  @Field({ description: 'The link to open; it works once.' })
  url: string;

  @Field({ description: 'When the link stops working.' })
  expiresAt: Date;
}

export function toInvitationType(invitation: Invitation): InvitationType {
  return Object.assign(new InvitationType(), invitation);
}
