import { defineModule } from '@clientele/subgraph-kit';
import { deliveryConfigOf } from '../delivery-config';
import { messagesModule } from '../messages';
import { outboxModule } from '../outbox';
import { settingsModule } from '../settings';
import { deliveryRoutes } from './delivery.routes';
import { DeliveryService } from './delivery.service';

/** The workers that hand messages to SMTP and the SMS provider (or the outbox), and the SMS receipts route. */
export const deliveryModule = defineModule({
  name: 'delivery',
  dependsOn: { messages: messagesModule, settings: settingsModule, outbox: outboxModule },
  service: ({ config, logger }, { messages, settings, outbox }) =>
    new DeliveryService(messages, settings, outbox, deliveryConfigOf(config), logger),
  prepare: (service) => service.startWorkers(),
  routes: deliveryRoutes,
});
