export { billingProfilesModule } from './billing-profiles.module';
