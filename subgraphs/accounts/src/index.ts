export { buildAccountsSchema } from './schema';
export { createAccountsDataSource } from './data-source';
export { createAccountsServices, type AccountsServices } from './services';
export { PartnerProvisioner } from './partners/partner.provisioner';
export { PlatformStaffService } from './platform/platform-staff.service';
export { TokenService } from './auth/token.service';
export { seedAccountsDemo } from './seed/demo.seed';
