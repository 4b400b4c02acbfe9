export { FORGET_KEYS_QUEUE, creditsModule } from './credits.module';
export type { CreditsService } from './credits.service';
// A class, not only a type: tests check the sweep of expired keys with it.
export { IDEMPOTENCY_KEY_RETENTION_HOURS, IdempotencyService } from './idempotency.service';
