import { writeFileSync } from 'node:fs';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type DocumentNode, type EnumValueDefinitionNode, type GraphQLSchema, Kind, parse, visit } from 'graphql';
import { DateTimeResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { buildSchema, createResolversMap, type NonEmptyArray, type ClassType } from 'type-graphql';
import type { RequestContext } from './context';
import { type DomainErrorCode, ForbiddenError, descriptionOfErrorCode } from './errors';
import { type Permission, can } from './contracts/permissions';
import { assertEveryResolverRequires } from './requires';
import { guardSchema, isStatementTimeout, statementTimeoutError } from './schema-guards';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

/**
 * How an entity is found from a representation sent by the gateway (`_entities`), and the
 * permission a caller needs for it; a caller without it is refused before any lookup.
 */
export type ReferenceResolvers<TContext> = Record<
  string,
  {
    requires: Permission;
    __resolveReference(reference: { __typename: string; id: string }, context: TContext): unknown;
  }
>;

export interface FederatedSchemaOptions<TContext> {
  resolvers: NonEmptyArray<ClassType>;
  /** Entity and value types that no resolver returns directly but the schema must hold. */
  orphanedTypes?: ClassType[];
  references?: ReferenceResolvers<TContext>;
  /** Resolves resolver classes to instances wired with their services. */
  container?: { get(someClass: ClassType): unknown };
  /** Codes the subgraph's domains add to `UserErrorCode`. */
  errorCodes?: readonly DomainErrorCode[];
}

/** Adds the domains' own codes to the `UserErrorCode` enum of a printed schema. */
function withDomainErrorCodes(typeDefs: DocumentNode, codes: readonly DomainErrorCode[]): DocumentNode {
  if (codes.length === 0) return typeDefs;
  return visit(typeDefs, {
    EnumTypeDefinition(node) {
      if (node.name.value !== 'UserErrorCode') return undefined;
      const taken = new Set(node.values?.map((value) => value.name.value));
      const added = codes.map((code): EnumValueDefinitionNode => {
        if (taken.has(code)) throw new Error(`UserErrorCode ${code} is declared twice`);
        taken.add(code);
        return {
          kind: Kind.ENUM_VALUE_DEFINITION,
          name: { kind: Kind.NAME, value: code },
          description: { kind: Kind.STRING, value: descriptionOfErrorCode(code), block: false },
        };
      });
      return { ...node, values: [...(node.values ?? []), ...added] };
    },
  });
}

/**
 * type-graphql has no federation support of its own: build its schema, print it with the
 * federation directives it carries, and hand that to @apollo/subgraph with the resolvers.
 * Every resolver is then guarded (`guardSchema`): text arguments are checked and normalised
 * before any resolver runs, and statement timeouts are answered as such.
 */
export async function buildFederatedSchema<TContext>(
  options: FederatedSchemaOptions<TContext>,
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    container: options.container ? { get: (someClass) => options.container!.get(someClass as ClassType) } : undefined,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
    skipCheck: true,
  });
  const typeDefs = withDomainErrorCodes(
    parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
    options.errorCodes ?? [],
  );
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<TContext>;
  assertEveryResolverRequires(options.resolvers);
  for (const [typeName, reference] of Object.entries(options.references ?? {})) {
    const { requires } = reference;
    resolvers[typeName] = {
      ...(resolvers[typeName] ?? {}),
      __resolveReference(representation: { __typename: string; id: string }, context: TContext) {
        const { caller } = context as RequestContext;
        if (!can(caller, requires)) throw new ForbiddenError(`This needs the ${requires} permission.`);
        // Each entity resolves on its own, outside the `_entities` field's resolver that guardSchema wraps.
        return Promise.resolve(reference.__resolveReference(representation, context)).catch((error: unknown) => {
          throw isStatementTimeout(error) ? statementTimeoutError() : error;
        });
      },
    } as GraphQLResolverMap<TContext>[string];
  }
  return guardSchema(buildSubgraphSchema([{ typeDefs, resolvers }]));
}

/** The SDL a subgraph publishes, as checked in beside it and composed by the gateway. */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}

/** Writes a subgraph's SDL to its checked-in `schema.graphql` (`pnpm compose`). */
export async function writeSubgraphSdl(build: () => Promise<GraphQLSchema>, path: string): Promise<void> {
  writeFileSync(path, printSubgraphSdl(await build()));
}

export { LocalDateResolver, SafeIntResolver };
