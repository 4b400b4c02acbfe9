import { loadSubgraphConfig } from '@clientele/subgraph-kit';
import { z } from 'zod';

// An empty variable means "not set", as shells and .env files often leave them.
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

/** `500ms`, `5s`, `30m`, `2h`: a duration in milliseconds. */
const duration = z
  .string()
  .trim()
  .regex(/^\d+(ms|s|m|h)$/, 'Write a duration like 500ms, 5s, 30m or 2h.')
  .transform((value) => {
    const [, amount, unit] = /^(\d+)(ms|s|m|h)$/.exec(value)!;
    return Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
  });

const messagingEnvironment = z.object({
  /**
   * The waits between a webhook delivery's attempts, after the first, which is immediate: about
   * a day and a quarter in all by default, as the Standard Webhooks implementations retry.
   */
  WEBHOOK_RETRY_SCHEDULE: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .default('5s,5m,30m,2h,5h,10h,10h')
      .transform((value) => value.split(','))
      .pipe(z.array(duration).min(1)),
  ),
  /** How long a partner's endpoint may take to answer one attempt. */
  WEBHOOK_TIMEOUT: z.preprocess(unsetIfEmpty, z.string().default('15s').pipe(duration)),
  /** An endpoint whose every attempt has failed for this long is disabled. */
  WEBHOOK_DISABLE_AFTER: z.preprocess(unsetIfEmpty, z.string().default('24h').pipe(duration)),
});

const base = loadSubgraphConfig('messaging', { port: 4003 });
const parsed = messagingEnvironment.safeParse(process.env);
if (!parsed.success) throw new Error(`Invalid messaging configuration:\n${z.prettifyError(parsed.error)}`);

export const config = {
  ...base,
  webhooks: {
    retryScheduleMs: parsed.data.WEBHOOK_RETRY_SCHEDULE,
    timeoutMs: parsed.data.WEBHOOK_TIMEOUT,
    disableAfterMs: parsed.data.WEBHOOK_DISABLE_AFTER,
  },
};

export type MessagingConfig = typeof config;
