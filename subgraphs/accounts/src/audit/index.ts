export { auditModule } from './audit.module';
export type { AuditService } from './audit.service';
export type { ActorLoaders } from './actor.loaders';
export { ActorType, toActorType } from './actor.type';
