export { partnersModule } from './partners.module';
export { nameSchema } from './partner.inputs';
export { type PartnerService, insertPartner, partnerExists, resellerKey } from './partner.service';
export { PartnerType, ResellerType } from './partner.type';
