export { creditsModule } from './credits.module';
export type { CreditsService } from './credits.service';
