import { defineModule } from '@clientele/subgraph-kit';
import { recipientsModule } from '../recipients';
import { Templates1765300000200 } from './migrations/1765300000200-templates';
import { TemplateEntity } from './template.entity';
import { TemplateErrorCode } from './template.inputs';
import { TemplateResolver } from './template.resolver';
import { TemplateService } from './template.service';

/** Partners' message templates with variables, the shipped defaults, rendering and previews. */
export const templatesModule = defineModule({
  name: 'templates',
  dependsOn: { recipients: recipientsModule },
  entities: [TemplateEntity],
  migrations: [Templates1765300000200],
  resolvers: [TemplateResolver],
  permissions: ['messaging:send', 'messaging:manage'],
  errorCodes: TemplateErrorCode,
  service: ({ dataSource }, { recipients }) => new TemplateService(dataSource, recipients),
});
