import { type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { AuditService } from './audit.service';
import { AuditEntryConnection, AuditEntryType, AuditLogArgs } from './audit.type';

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: 'The audit log of the caller’s partner, newest first.' })
  @Requires('audit:read')
  auditLog(@Args() { filter, ...page }: AuditLogArgs, @Ctx() context: RequestContext): Promise<AuditEntryConnection> {
    return this.audit.list(context.caller, filter, page);
  }
}
