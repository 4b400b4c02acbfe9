import type { GraphQLSchema } from 'graphql';
import type { ClassType, NonEmptyArray } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { Permission } from './contracts/permissions';
import type { RequestContext } from './context';
import { type DataSourceConfig, createDataSource } from './database';
import type { Logger } from './http/logger';
import { buildFederatedSchema, type ReferenceResolvers } from './federation';
import { type AnySubgraphModule, type OrmClass, type SubgraphRuntime, modulesInDependencyOrder } from './module';
import { permissionsRequiredBy } from './requires';

/** A subgraph: its name and the modules it is made of, listed once. */
export interface SubgraphDefinition {
  service: string;
  modules: AnySubgraphModule[];
  /**
   * Migrations that landed before the subgraph was cut into modules, each creating the tables of
   * several; they are never edited, so they stay here. New migrations belong to their module.
   */
  baselineMigrations?: OrmClass[];
  /** Seeds demo data into the subgraph's own tables when they are empty (`SEED_DEMO`). */
  seedDemo?(runtime: SubgraphRuntime): Promise<void>;
}

export interface Subgraph extends SubgraphDefinition {
  /** The modules with their dependencies, dependencies first. */
  readonly ordered: readonly AnySubgraphModule[];
}

export function defineSubgraph(definition: SubgraphDefinition): Subgraph {
  return { ...definition, ordered: modulesInDependencyOrder(definition.modules) };
}

/** A data source over the subgraph's schema, with every module's entities and migrations. */
export function dataSourceFor(subgraph: Subgraph, config: DataSourceConfig, logSqlTo?: Logger): DataSource {
  return createDataSource(config, {
    logSqlTo,
    entities: subgraph.ordered.flatMap((module) => module.entities),
    migrations: [...(subgraph.baselineMigrations ?? []), ...subgraph.ordered.flatMap((module) => module.migrations)],
  });
}

/**
 * Refuses a module that guards a field with a permission no module of the subgraph introduces,
 * and a permission introduced twice: each permission has one owner, which says what it means.
 */
function assertPermissionsIntroduced(modules: readonly AnySubgraphModule[]): void {
  const owners = new Map<Permission, string>();
  for (const module of modules) {
    for (const permission of module.permissions) {
      const owner = owners.get(permission);
      if (owner) throw new Error(`Permission ${permission} is introduced by both ${owner} and ${module.name}`);
      owners.set(permission, module.name);
    }
  }
  for (const module of modules) {
    for (const permission of permissionsRequiredBy(module.resolvers)) {
      if (!owners.has(permission)) {
        throw new Error(`Module ${module.name} requires ${permission}, which no module of this subgraph introduces`);
      }
    }
  }
}

/**
 * The subgraph's schema from its modules' resolvers, reference resolvers and error codes. With
 * no services it can still be printed (`pnpm compose`).
 */
export async function buildSchemaOf(
  subgraph: Subgraph,
  services?: Map<AnySubgraphModule, unknown>,
): Promise<GraphQLSchema> {
  const modules = subgraph.ordered;
  assertPermissionsIntroduced(modules);
  const instances = new Map<unknown, unknown>();
  if (services) {
    for (const module of modules) {
      for (const resolver of module.resolvers) {
        instances.set(resolver, new (resolver as new (service: unknown) => object)(services.get(module)));
      }
    }
  }
  const resolvers = modules.flatMap((module) => module.resolvers);
  if (resolvers.length === 0) throw new Error(`${subgraph.service} has no resolvers`);
  const references: ReferenceResolvers<RequestContext> = {};
  for (const module of modules) {
    for (const [typeName, reference] of Object.entries(module.references)) {
      if (references[typeName]) throw new Error(`Two modules resolve references to ${typeName}`);
      references[typeName] = reference;
    }
  }
  return buildFederatedSchema<RequestContext>({
    resolvers: resolvers as NonEmptyArray<ClassType>,
    orphanedTypes: modules.flatMap((module) => module.types),
    references,
    container: { get: (resolverClass) => instances.get(resolverClass) },
    errorCodes: modules.flatMap((module) => Object.values(module.errorCodes)),
  });
}

/** This request's loaders: every module's, merged. */
export function createRequestLoaders(
  subgraph: Subgraph,
  services: Map<AnySubgraphModule, unknown>,
  caller: Parameters<NonNullable<AnySubgraphModule['loaders']>>[1],
): object {
  const loaders = {};
  for (const module of subgraph.ordered) {
    if (module.loaders) Object.assign(loaders, module.loaders(services.get(module), caller));
  }
  return loaders;
}
