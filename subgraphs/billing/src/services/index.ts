export { servicesModule } from './services.module';
export type { ServicesService } from './services.service';
export type { ServiceLoaders } from './services.loaders';
export type { Service } from './service.model';
export type { ServicePeriod } from './service.entity';
