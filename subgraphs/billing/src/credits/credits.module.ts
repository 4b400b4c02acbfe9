import { defineModule } from '@clientele/subgraph-kit';
import { billingAccountsModule } from '../billing-accounts';
import { ledgerModule } from '../ledger';
import { CREDITS_ERRORS } from './credits.inputs';
import { CreditsResolver } from './credits.resolver';
import { CreditsService } from './credits.service';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { IdempotencyService } from './idempotency.service';
import { IdempotencyKeys1765200002000 } from './migrations/1765200002000-idempotency-keys';

/** Every replica sweeps now and then; deleting what another already deleted costs nothing. */
const SWEEP_EVERY_MS = 15 * 60_000;

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
  prepare: (service, { logger }) => {
    const sweep = () =>
      service.forgetExpiredKeys().then(
        (forgotten) => forgotten > 0 && logger.info({ forgotten }, 'forgot expired idempotency keys'),
        (err: unknown) => logger.warn({ err }, 'could not forget expired idempotency keys'),
      );
    // The timer must not keep a stopping process alive.
    setInterval(() => void sweep(), SWEEP_EVERY_MS).unref();
    void sweep();
    return Promise.resolve();
  },
});
