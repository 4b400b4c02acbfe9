import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PartnerType, ResellerType } from '../partners';

export enum ViewerKind {
  OPERATOR = 'OPERATOR',
  PLATFORM_STAFF = 'PLATFORM_STAFF',
  API_KEY = 'API_KEY',
  PORTAL = 'PORTAL',
}

registerEnumType(ViewerKind, {
  name: 'ViewerKind',
  description: 'What kind of caller is signed in.',
  valuesConfig: {
    OPERATOR: { description: 'A partner’s staff member.' },
    PLATFORM_STAFF: { description: 'Clientele’s own staff, reading across partners.' },
    API_KEY: { description: 'A partner’s system calling with an API key.' },
    PORTAL: { description: 'A customer portal session: a member, or an operator logged in as the customer.' },
  },
});

@ObjectType('Viewer', { description: 'Who the caller is and what they may do.' })
export class ViewerType {
  @Field(() => ID, { description: 'Id of the operator, staff member, API key or portal user.' })
  id: string;

  @Field({ description: 'A name to show: the person’s name or the API key’s name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The address they sign in with; null for an API key.' })
  email: string | null;

  @Field(() => ViewerKind, { description: 'What kind of caller this is.' })
  kind: ViewerKind;

  @Field({ description: 'Their role, e.g. OWNER or PLATFORM_VIEWER; the scopes for an API key; MEMBER in the portal.' })
  role: string;

  @Field(() => [String], { description: 'Everything the caller may do, e.g. customers:read.' })
  permissions: string[];

  @Field(() => PartnerType, { nullable: true, description: 'The partner they belong to; null for platform staff.' })
  partner: PartnerType | null;

  @Field(() => ResellerType, { nullable: true, description: 'The reseller they are limited to, if any.' })
  reseller: ResellerType | null;
}
