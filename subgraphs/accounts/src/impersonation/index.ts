export { impersonationModule } from './impersonation.module';
export type { ImpersonationService } from './impersonation.service';
