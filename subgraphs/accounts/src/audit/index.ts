export { auditModule } from './audit.module';
export type { AuditService } from './audit.service';
