export { customerStandingModule } from './customer-standing.module';
export type { CustomerStandingService } from './customer-standing.service';
export {
  type StandingRebuild,
  type StandingRebuildService,
  requestStandingRebuilds,
  standingRebuildsOf,
} from './standing-rebuild.service';
