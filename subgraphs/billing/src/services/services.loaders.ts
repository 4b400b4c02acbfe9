import type { Caller, RequestContext } from '@clientele/subgraph-kit';
import type { ServicesService } from './services.service';

export function createServiceLoaders(service: ServicesService, caller: Caller) {
  return {
    servicesByCustomerId: service.servicesLoader(caller),
  };
}

export type ServiceLoaders = ReturnType<typeof createServiceLoaders>;
export type ServicesContext = RequestContext<ServiceLoaders>;
