import { defineModule } from '@clientele/subgraph-kit';
import { BillToDirectory } from './bill-to.directory';

/** Whom invoices are billed to, asked of accounts, never read from its tables. */
export const billToModule = defineModule({
  name: 'bill-to',
  service: (runtime) =>
    new BillToDirectory(
      (service, path, input, context) => runtime.services.call(service, path, input, context),
      (service, path, input, on) => runtime.services.callAsService(service, path, input, on),
    ),
});
