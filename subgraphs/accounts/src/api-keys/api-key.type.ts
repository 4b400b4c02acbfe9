import { API_KEY_SCOPES, type ApiKeyScope, ConnectionArgs, ConnectionType } from '@clientele/subgraph-kit';
import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { ApiKeyEntity } from './api-key.entity';

/** GraphQL spells `customers:read` as CUSTOMERS_READ. */
export const ApiKeyScopeEnum = Object.fromEntries(
  API_KEY_SCOPES.map((scope) => [scope.replace(':', '_').toUpperCase(), scope]),
) as Record<string, ApiKeyScope>;

registerEnumType(ApiKeyScopeEnum, {
  name: 'ApiKeyScope',
  description: 'What an API key may do.',
  valuesConfig: {
    CUSTOMERS_READ: { description: 'Read customer accounts and their members.' },
    CUSTOMERS_WRITE: { description: 'Create and change customer accounts and members.' },
    BILLING_READ: { description: 'Read balances, the ledger, invoices and payments.' },
    BILLING_WRITE: { description: 'Add and withdraw credits, record payments, issue invoices.' },
    MESSAGING_READ: { description: 'Read messages sent to customers.' },
    MESSAGING_SEND: { description: 'Send email and SMS to customers.' },
  },
});

@ObjectType('ApiKey', { description: 'A key with which a partner’s own systems call the API.' })
export class ApiKeyType {
  @Field(() => ID, { description: 'Unique id of the key.' })
  id: string;

  @Field({ description: 'What the key is for, e.g. "Billing sync".' })
  name: string;

  @Field({ description: 'The visible start of the key, to recognise it by; the rest is never shown again.' })
  prefix: string;

  @Field(() => [ApiKeyScopeEnum], { description: 'What the key may do.' })
  scopes: ApiKeyScope[];

  @Field({ description: 'When the key was created.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the key was last used, to the minute; null if never.' })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; null while it works.' })
  revokedAt: Date | null;
}

export function toApiKeyType(entity: ApiKeyEntity): ApiKeyType {
  return Object.assign(new ApiKeyType(), {
    id: entity.id,
    name: entity.name,
    prefix: entity.prefix,
    scopes: entity.scopes,
    createdAt: entity.createdAt,
    lastUsedAt: entity.lastUsedAt,
    revokedAt: entity.revokedAt,
  });
}

export const ApiKeyConnection = ConnectionType(ApiKeyType, 'ApiKey', 'API key');
export type ApiKeyConnection = InstanceType<typeof ApiKeyConnection>;

@InputType({ description: 'Narrows a list of API keys.' })
export class ApiKeyFilter {
  @Field(() => Boolean, { nullable: true, description: 'Include revoked keys; false by default.' })
  includeRevoked?: boolean | null;
}

@ArgsType()
export class ApiKeysArgs extends ConnectionArgs {
  @Field(() => ApiKeyFilter, { nullable: true, description: 'Which keys to list.' })
  filter?: ApiKeyFilter | null;
}
