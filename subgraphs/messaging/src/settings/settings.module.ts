import { defineModule } from '@clientele/subgraph-kit';
import { deliveryConfigOf } from '../delivery-config';
import { MessagingSettings1765300000300 } from './migrations/1765300000300-settings';
import { MessagingSettingsEntity } from './settings.entity';
import { MessagingSettingsResolver } from './settings.resolver';
import { MessagingSettingsService } from './settings.service';

/** Each partner's sender address, reply-to, SMS sender id and optional own providers. */
export const settingsModule = defineModule({
  name: 'settings',
  entities: [MessagingSettingsEntity],
  migrations: [MessagingSettings1765300000300],
  resolvers: [MessagingSettingsResolver],
  service: ({ dataSource, config }) => {
    const delivery = deliveryConfigOf(config);
    return new MessagingSettingsService(dataSource, { smtp: Boolean(delivery.smtpUrl), sms: Boolean(delivery.sms) });
  },
});
