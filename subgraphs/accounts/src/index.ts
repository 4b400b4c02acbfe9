export { buildAccountsSchema } from './schema';
export { createAccountsDataSource } from './data-source';
export { createAccountsServices, type AccountsServices } from './services';
export { PartnerService } from './partners/partner.service';
export { seedAccountsDemo } from './seed/demo.seed';
