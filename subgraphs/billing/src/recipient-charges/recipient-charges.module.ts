import { defineModule } from '@clientele/subgraph-kit';
import { RecipientCharges1766610002000 } from './migrations/1766610002000-recipient-charges';
import { RecipientChargeEntity } from './recipient-charge.entity';
import { RecipientChargesService } from './recipient-charges.service';

/** Which members are PAID additional recipients and since when: what the billing run charges for them. */
export const recipientChargesModule = defineModule({
  name: 'recipient-charges',
  entities: [RecipientChargeEntity],
  migrations: [RecipientCharges1766610002000],
  service: ({ dataSource }) => new RecipientChargesService(dataSource),
  subscriptions: (service) => [service.subscription()],
});
