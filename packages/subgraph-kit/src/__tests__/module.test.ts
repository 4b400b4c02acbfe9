import { type GraphQLEnumType, printSchema } from 'graphql';
import { Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { UserError, defineErrorCodes, userError } from '../errors';
import { defineModule, modulesInDependencyOrder } from '../module';
import { Requires } from '../requires';
import { buildSchemaOf, defineSubgraph } from '../subgraph';

const creditErrors = defineErrorCodes({
  CREDITS_INSUFFICIENT: 'The account does not hold enough credit for this.',
});

@ObjectType({ description: 'The result of creditsSpend.' })
class CreditsSpendPayload {
  @Field(() => [UserError], { description: 'Why it was refused.' })
  userErrors: UserError[];
}

@Resolver()
class CreditsResolver {
  constructor(private readonly service: { balance(): number }) {}

  @Query(() => Number, { description: 'The balance.' })
  @Requires('billing:read')
  balance(): number {
    return this.service.balance();
  }

  @Mutation(() => CreditsSpendPayload, { description: 'Spends credit.' })
  @Requires('billing:write')
  creditsSpend(): CreditsSpendPayload {
    return { userErrors: [userError(creditErrors.CREDITS_INSUFFICIENT, 'Not enough credit.')] };
  }
}

@Resolver()
class AuditTrailResolver {
  @Query(() => [String], { description: 'What happened.' })
  @Requires('audit:read')
  auditTrail(): string[] {
    return [];
  }
}

const baseModule = defineModule({ name: 'base', service: () => ({ balance: () => 0 }) });
const creditsModule = defineModule({
  name: 'credits',
  dependsOn: { base: baseModule },
  resolvers: [CreditsResolver],
  permissions: ['billing:read', 'billing:write'],
  errorCodes: creditErrors,
  service: (_runtime, { base }) => base,
});

describe('modules', () => {
  it('should order a module after what it depends on when the dependency is not listed', () => {
    expect(modulesInDependencyOrder([creditsModule]).map((module) => module.name)).toEqual(['base', 'credits']);
  });

  it('should refuse two modules when they depend on each other', () => {
    const first = defineModule({ name: 'first' });
    const second = defineModule({ name: 'second', dependsOn: { first } });
    Object.assign(first.dependsOn, { second });

    expect(() => modulesInDependencyOrder([first])).toThrow('Module dependency cycle: first → second → first');
  });

  it("should add a module's own error codes to UserErrorCode when the schema is built", async () => {
    const schema = await buildSchemaOf(defineSubgraph({ service: 'credits', modules: [creditsModule] }));

    const codes = (schema.getType('UserErrorCode') as GraphQLEnumType).getValues();
    expect(codes.map((code) => code.name)).toEqual(expect.arrayContaining(['INVALID', 'CREDITS_INSUFFICIENT']));
    expect(codes.find((code) => code.name === 'CREDITS_INSUFFICIENT')?.description).toBe(
      'The account does not hold enough credit for this.',
    );
    expect(printSchema(schema)).toContain('creditsSpend: CreditsSpendPayload!');
  });

  it('should refuse an error code when every domain already shares it', () => {
    expect(() => defineErrorCodes({ NOT_FOUND: 'Again.' })).toThrow('already one every domain shares');
  });

  it('should refuse to build when a resolver requires a permission no module introduces', async () => {
    const auditTrail = defineModule({ name: 'audit-trail', resolvers: [AuditTrailResolver] });

    await expect(buildSchemaOf(defineSubgraph({ service: 'audit', modules: [auditTrail] }))).rejects.toThrow(
      'Module audit-trail requires audit:read, which no module of this subgraph introduces',
    );
  });

  it('should refuse to build when two modules introduce the same permission', async () => {
    const again = defineModule({ name: 'again', permissions: ['billing:read'] });

    await expect(
      buildSchemaOf(defineSubgraph({ service: 'credits', modules: [creditsModule, again] })),
    ).rejects.toThrow('Permission billing:read is introduced by both credits and again');
  });
});
