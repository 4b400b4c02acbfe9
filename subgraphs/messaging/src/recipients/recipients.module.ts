import { defineModule } from '@clientele/subgraph-kit';
import { RecipientDirectory } from './recipient.directory';

/** Whom messages go to: customers' names and addresses, asked of accounts, never read from its tables. */
export const recipientsModule = defineModule({
  name: 'recipients',
  service: (runtime) =>
    new RecipientDirectory(
      (service, path, input, context) => runtime.services.call(service, path, input, context),
      (service, path, input, on) => runtime.services.callAsService(service, path, input, on),
    ),
});
