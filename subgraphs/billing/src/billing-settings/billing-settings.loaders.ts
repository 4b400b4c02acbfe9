import type { Caller, RequestContext } from '@clientele/subgraph-kit';
import type { BillingSettingsService } from './billing-settings.service';

export function createBillingSettingsLoaders(service: BillingSettingsService, caller: Caller) {
  return {
    customerFxRatesByCustomerId: service.customerRatesLoader(caller),
  };
}

export type BillingSettingsLoaders = ReturnType<typeof createBillingSettingsLoaders>;
export type BillingSettingsContext = RequestContext<BillingSettingsLoaders>;
