export { customerStandingModule } from './customer-standing.module';
export type { CustomerStandingService } from './customer-standing.service';
