import type { Express } from 'express';
import type { ClassType } from 'type-graphql';
import type { AuditSink } from './audit';
import type { TokenVerifier } from './auth';
import type { Caller } from './contracts/callers';
import type { Permission } from './contracts/permissions';
import type { SubgraphConfig } from './config';
import type { DomainErrorCodes } from './errors';
import type { EventBus, EventSubscription } from './events';
import type { ReferenceResolvers } from './federation';
import type { InternalRoute, ServiceClient } from './internal-calls';
import type { Logger } from './http/logger';
import type { RouteHelpers } from './server';
import type { DataSource } from 'typeorm';

/** What a running subgraph hands each module's service factory. */
export interface SubgraphRuntime<TConfig extends SubgraphConfig = SubgraphConfig> {
  /** The subgraph's own configuration, which may extend what every subgraph reads. */
  config: TConfig;
  logger: Logger;
  dataSource: DataSource;
  events: EventBus;
  /** Calls other subgraphs' internal routes as the current request's caller. */
  services: ServiceClient;
}

/** A TypeORM entity or migration class. */
export type OrmClass = new () => unknown;

/**
 * One domain module of a subgraph, declared once in its folder's `*.module.ts` and listed once
 * in the subgraph's module list. Its entities are private to it: other modules reach its data
 * through the service it exports, and through the loaders it puts on the request context.
 */
export interface SubgraphModule<TService = unknown, TLoaders extends object = object> {
  readonly name: string;
  /** The modules whose services this one's service is built from. */
  readonly dependsOn: Readonly<Record<string, AnySubgraphModule>>;
  readonly entities: readonly OrmClass[];
  readonly migrations: readonly OrmClass[];
  /** type-graphql resolver classes, each constructed with this module's service. */
  readonly resolvers: readonly ClassType[];
  /** Types the schema holds though no query returns them, e.g. an entity the subgraph only extends. */
  readonly types: readonly ClassType[];
  /** Federation `__resolveReference` for the entities this module owns or extends. */
  readonly references: ReferenceResolvers<never>;
  /** The permissions of the shared table that this module introduces and guards its fields with. */
  readonly permissions: readonly Permission[];
  /** `userErrors` codes only this module's mutations give, added to the subgraph's `UserErrorCode`. */
  readonly errorCodes: DomainErrorCodes;
  createService(runtime: SubgraphRuntime, dependencies: Record<string, unknown>): TService;
  /** This request's DataLoaders, merged into `context.loaders` with every other module's. */
  loaders?(service: TService, caller: Caller): TLoaders;
  subscriptions?(service: TService): EventSubscription<unknown>[];
  /** Work before the first request, e.g. loading signing keys. */
  prepare?(service: TService, runtime: SubgraphRuntime): Promise<void>;
  /** HTTP routes besides /graphql and /health; `http` authenticates a caller as GraphQL does. */
  routes?(service: TService, app: Express, http: RouteHelpers): void;
  /** Routes other subgraphs call inside their commands, at `/internal/<subgraph>/<path>`. */
  internalRoutes?(service: TService): InternalRoute[];
  /** The module that issues tokens verifies them itself, without asking over HTTP. */
  verifyToken?(service: TService): TokenVerifier;
  /** The module that keeps the audit log writes to it directly; others send events. */
  auditSink?(service: TService, runtime: SubgraphRuntime): AuditSink;
}

/** Any module, whatever its service and loaders. */
// Methods are bivariant in their parameters, so a module of any service type fits here.
export type AnySubgraphModule = SubgraphModule<unknown, object>;

type ServiceOf<TModule> = TModule extends SubgraphModule<infer TService, object> ? TService : never;

/** The services of the modules a module depends on, by the names it gave them. */
export type ServicesOf<TDependencies extends Record<string, AnySubgraphModule>> = {
  [K in keyof TDependencies]: ServiceOf<TDependencies[K]>;
};

/** The loaders a module puts on the request context, for typing the context of modules that use them. */
export type LoadersOf<TModule> = TModule extends SubgraphModule<unknown, infer TLoaders> ? TLoaders : never;

export interface ModuleDefinition<
  TService,
  TLoaders extends object,
  TDependencies extends Record<string, AnySubgraphModule>,
> {
  name: string;
  dependsOn?: TDependencies;
  entities?: OrmClass[];
  migrations?: OrmClass[];
  resolvers?: (new (service: TService) => object)[];
  types?: ClassType[];
  references?: ReferenceResolvers<never>;
  permissions?: Permission[];
  errorCodes?: DomainErrorCodes;
  service?(runtime: SubgraphRuntime, dependencies: ServicesOf<TDependencies>): TService;
  loaders?(service: TService, caller: Caller): TLoaders;
  subscriptions?(service: TService): EventSubscription<unknown>[];
  prepare?(service: TService, runtime: SubgraphRuntime): Promise<void>;
  routes?(service: TService, app: Express, http: RouteHelpers): void;
  internalRoutes?(service: TService): InternalRoute[];
  verifyToken?(service: TService): TokenVerifier;
  auditSink?(service: TService, runtime: SubgraphRuntime): AuditSink;
}

/** Declares a module; see `SubgraphModule`. */
export function defineModule<
  TService = undefined,
  TLoaders extends object = object,
  TDependencies extends Record<string, AnySubgraphModule> = Record<never, AnySubgraphModule>,
>(definition: ModuleDefinition<TService, TLoaders, TDependencies>): SubgraphModule<TService, TLoaders> {
  return {
    ...definition,
    dependsOn: definition.dependsOn ?? {},
    entities: definition.entities ?? [],
    migrations: definition.migrations ?? [],
    resolvers: (definition.resolvers ?? []) as ClassType[],
    types: definition.types ?? [],
    references: definition.references ?? {},
    permissions: definition.permissions ?? [],
    errorCodes: definition.errorCodes ?? {},
    createService: (runtime, dependencies) =>
      definition.service
        ? definition.service(runtime, dependencies as ServicesOf<TDependencies>)
        : (undefined as TService),
  };
}

/**
 * A subgraph's modules with everything they depend on, dependencies first. A dependency that is
 * not listed is still included, so a module can never run without what it was built from.
 */
export function modulesInDependencyOrder(modules: readonly AnySubgraphModule[]): AnySubgraphModule[] {
  const ordered: AnySubgraphModule[] = [];
  const visiting = new Set<AnySubgraphModule>();
  const visit = (module: AnySubgraphModule, path: string[]) => {
    if (ordered.includes(module)) return;
    if (visiting.has(module)) throw new Error(`Module dependency cycle: ${[...path, module.name].join(' → ')}`);
    visiting.add(module);
    for (const dependency of Object.values(module.dependsOn)) visit(dependency, [...path, module.name]);
    visiting.delete(module);
    ordered.push(module);
  };
  for (const module of modules) visit(module, []);
  const names = new Set<string>();
  for (const { name } of ordered) {
    if (names.has(name)) throw new Error(`Two modules are named ${name}`);
    names.add(name);
  }
  return ordered;
}

/** Builds every module's service, each from the services of the modules it depends on. */
export function createModuleServices(
  modules: readonly AnySubgraphModule[],
  runtime: SubgraphRuntime,
): Map<AnySubgraphModule, unknown> {
  const services = new Map<AnySubgraphModule, unknown>();
  for (const module of modulesInDependencyOrder(modules)) {
    const dependencies = Object.fromEntries(
      Object.entries(module.dependsOn).map(([key, dependency]) => [key, services.get(dependency)]),
    );
    services.set(module, module.createService(runtime, dependencies));
  }
  return services;
}
