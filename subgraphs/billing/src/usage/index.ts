export { usageModule } from './usage.module';
export type { UsageService } from './usage.service';
export type { UsageRecord, UsageStatus } from './usage.model';
