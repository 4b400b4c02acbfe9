import { defineModule } from '@clientele/subgraph-kit';
import { PlatformStaffEntity } from './platform-staff.entity';
import { PlatformStaffService } from './platform-staff.service';

/** Clientele's own staff, who read across partners. */
export const platformModule = defineModule({
  name: 'platform',
  entities: [PlatformStaffEntity],
  service: ({ dataSource }) => new PlatformStaffService(dataSource),
});
