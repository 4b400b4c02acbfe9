import { defineModule } from '@clientele/subgraph-kit';
import { z } from 'zod';
import { billingAccountsModule } from '../billing-accounts';
import { ledgerModule } from '../ledger';
import { CREDITS_ERRORS } from './credits.inputs';
import { CreditsResolver } from './credits.resolver';
import { CreditsService } from './credits.service';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { IdempotencyService } from './idempotency.service';
import { IdempotencyKeys1765200002000 } from './migrations/1765200002000-idempotency-keys';

/** The queue whose scheduled job forgets idempotency keys past their retention. */
export const FORGET_KEYS_QUEUE = 'billing.forget-idempotency-keys';

/** Every quarter of an hour, once across every billing process. */
const FORGET_KEYS_CRON = '*/15 * * * *';

/**
 * Credit operations: add, withdraw, adjust and move, each idempotent under a client's key, each
 * one transaction over the ledger and the kept balances, audited with who did it.
 */
export const creditsModule = defineModule({
  name: 'credits',
  dependsOn: { accounts: billingAccountsModule, ledger: ledgerModule },
  entities: [IdempotencyKeyEntity],
  migrations: [IdempotencyKeys1765200002000],
  resolvers: [CreditsResolver],
  permissions: ['billing:transfer'],
  errorCodes: CREDITS_ERRORS,
  service: ({ dataSource }, { accounts, ledger }) =>
    new CreditsService(dataSource, accounts, ledger, new IdempotencyService(dataSource)),
  prepare: (service, { events, logger }) =>
    events.schedule(
      {
        name: FORGET_KEYS_QUEUE,
        data: z.object({}),
        handle: async () => {
          const forgotten = await service.forgetExpiredKeys();
          if (forgotten > 0) logger.info({ forgotten }, 'forgot expired idempotency keys');
        },
      },
      FORGET_KEYS_CRON,
      {},
    ),
});
