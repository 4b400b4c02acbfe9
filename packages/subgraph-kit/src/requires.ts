import { type ClassType, type MiddlewareFn, UseMiddleware, getMetadataStorage } from 'type-graphql';
import type { RequestContext } from './context';
import { ForbiddenError } from './errors';
import { type Permission, can } from './contracts/permissions';

const declared = new WeakMap<object, Map<string, Permission>>();

function requirePermission(permission: Permission): MiddlewareFn<RequestContext> {
  return ({ context }, next) => {
    if (!can(context.caller, permission)) throw new ForbiddenError(refusal(context, permission));
    return next();
  };
}

function refusal(context: RequestContext, permission: Permission): string {
  const { caller } = context;
  if (caller.kind === 'portal' && caller.impersonator && permission === 'portal:security') {
    return 'Not available while you are logged in as this customer: only the customer can do this.';
  }
  if (caller.kind === 'apiKey') return `This API key lacks the scope this needs (${permission}).`;
  return `Your role does not allow this (${permission}).`;
}

/**
 * Names the permission a query, mutation or field resolver needs, and enforces it before the
 * resolver runs. Every resolver must carry one: `assertEveryResolverRequires` fails the schema
 * build otherwise, so a field added without a check never reaches a caller.
 */
export function Requires(permission: Permission): MethodDecorator {
  return (target, propertyKey, descriptor) => {
    const byMethod = declared.get(target) ?? new Map<string, Permission>();
    byMethod.set(String(propertyKey), permission);
    declared.set(target, byMethod);
    UseMiddleware(requirePermission(permission))(target, propertyKey, descriptor);
  };
}

/** The permission a resolver method declared, if any. */
export function requiredPermissionOf(resolverClass: ClassType, methodName: string): Permission | undefined {
  return declared.get(resolverClass.prototype)?.get(methodName);
}

/** Throws, naming each one, if any query, mutation or field resolver of these classes declares no permission. */
export function assertEveryResolverRequires(resolverClasses: readonly ClassType[]): void {
  const storage = getMetadataStorage();
  const classes = new Set<unknown>(resolverClasses);
  const missing = [...storage.queries, ...storage.mutations, ...storage.fieldResolvers]
    .filter((resolver) => classes.has(resolver.target))
    .filter((resolver) => !requiredPermissionOf(resolver.target as ClassType, resolver.methodName))
    .map((resolver) => `${(resolver.target as ClassType).name}.${resolver.methodName}`);
  if (missing.length > 0) {
    throw new Error(`Resolvers without @Requires(permission): ${missing.join(', ')}`);
  }
}

/** Every permission the queries, mutations and field resolvers of these classes require. */
export function permissionsRequiredBy(resolverClasses: readonly ClassType[]): Set<Permission> {
  const storage = getMetadataStorage();
  const classes = new Set<unknown>(resolverClasses);
  const required = new Set<Permission>();
  for (const resolver of [...storage.queries, ...storage.mutations, ...storage.fieldResolvers]) {
    if (!classes.has(resolver.target)) continue;
    const permission = requiredPermissionOf(resolver.target as ClassType, resolver.methodName);
    if (permission) required.add(permission);
  }
  return required;
}
