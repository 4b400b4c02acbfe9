import { API_KEY_SCOPES, type ApiKeyScope, UserError, nameText } from '@clientele/subgraph-kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { ApiKeyScopeEnum, ApiKeyType } from './api-key.type';

@InputType({ description: 'A new API key.' })
export class ApiKeyCreateInput {
  @Field({ description: 'What the key is for, 1–100 characters.' })
  name: string;

  @Field(() => [ApiKeyScopeEnum], { description: 'What the key may do; at least one.' })
  scopes: ApiKeyScope[];
}

export const apiKeyCreateSchema = z.object({
  name: nameText({ maxLength: 100, required: 'Name the key, e.g. after the system that uses it.' }),
  scopes: z
    .array(z.enum(API_KEY_SCOPES))
    .min(1, 'Choose at least one scope.')
    .transform((scopes) => [...new Set(scopes)]),
});

@ObjectType({ description: 'The result of apiKeyCreate.' })
export class ApiKeyCreatePayload {
  @Field(() => ApiKeyType, { nullable: true, description: 'The new key, unless the input was refused.' })
  apiKey: ApiKeyType | null;

  @Field(() => String, {
    nullable: true,
    description: 'The whole key, shown this once: store it now. Only a hash is kept.',
  })
  secret: string | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@InputType({ description: 'The API key to revoke.' })
export class ApiKeyRevokeInput {
  @Field(() => ID, { description: 'Id of the key.' })
  id: string;
}

@ObjectType({ description: 'The result of apiKeyRevoke.' })
export class ApiKeyRevokePayload {
  @Field(() => ApiKeyType, { nullable: true, description: 'The revoked key.' })
  apiKey: ApiKeyType | null;

  @Field(() => [UserError], { description: 'Why the key was not revoked; empty on success.' })
  userErrors: UserError[];
}
