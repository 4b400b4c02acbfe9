export { customerLifecycleModule } from './customer-lifecycle.module';
export type { CustomerLifecycleService } from './lifecycle.service';
export { TRANSITIONS, type Transition } from './transitions';
