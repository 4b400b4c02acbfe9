import { type Caller, createKeyedLoader, defineModule } from '@clientele/subgraph-kit';
import { PartnerEntity, ResellerEntity } from './partner.entity';
import { PartnerResolver } from './partner.resolver';
import { PartnerService } from './partner.service';

function partnerLoaders(partners: PartnerService, _caller: Caller) {
  return {
    partnerById: createKeyedLoader(
      (ids: readonly string[]) => partners.findByIds(ids),
      (partner) => partner.id,
    ),
    /** Keyed by `resellerKey(partnerId, resellerId)`. */
    resellerByKey: createKeyedLoader(
      (keys: readonly string[]) => partners.findResellersByKeys(keys),
      (reseller) => reseller.key,
    ),
  };
}

/** Partners (the platform's tenants) and their resellers. */
export const partnersModule = defineModule({
  name: 'partners',
  entities: [PartnerEntity, ResellerEntity],
  resolvers: [PartnerResolver],
  permissions: ['partners:read', 'partners:manage'],
  service: ({ dataSource }) => new PartnerService(dataSource),
  loaders: partnerLoaders,
});
