export { onboardingModule } from './onboarding.module';
export { type OperatorProvisioning, PartnerProvisioner, type PartnerProvisioning } from './partner.provisioner';
