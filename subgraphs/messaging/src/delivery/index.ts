export { deliveryModule } from './delivery.module';
export type { DeliveryService } from './delivery.service';
export { twilioSignature } from './sms.transport';
