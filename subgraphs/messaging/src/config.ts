import { loadSubgraphConfig } from '@clientele/subgraph-kit';
import { z } from 'zod';

// An empty variable means "not set", as shells and .env files often leave them.
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);
const optionalUrl = z.preprocess(unsetIfEmpty, z.url().optional());
const optionalText = z.preprocess(unsetIfEmpty, z.string().optional());
const positive = (fallback: number) => z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).default(fallback));

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
  /** Where email goes, e.g. smtp://user:pass@mail.example:587; unset, emails are kept in the outbox. */
  SMTP_URL: optionalUrl,
  SMTP_POOL_CONNECTIONS: positive(8),
  /** The sender when a partner has not set its own. */
  MESSAGING_FROM_ADDRESS: z.preprocess(unsetIfEmpty, z.string().default('Clientele <no-reply@clientele.localhost>')),
  /** An SMS provider with Twilio's REST shape; unset, text messages are kept in the outbox. */
  SMS_PROVIDER_URL: optionalUrl,
  SMS_ACCOUNT_SID: optionalText,
  SMS_AUTH_TOKEN: optionalText,
  SMS_SENDER_ID: z.preprocess(unsetIfEmpty, z.string().default('Clientele')),
  /** Where the SMS provider reaches this subgraph's delivery-receipt route; http://HOST:PORT by default. */
  MESSAGING_PUBLIC_URL: optionalUrl,
  /** Messages per second one partner may send on each channel, per worker process. */
  RATE_LIMIT_EMAIL_PER_SECOND: positive(2000),
  RATE_LIMIT_SMS_PER_SECOND: positive(30),
  /** Tries per message before it is marked FAILED; retries wait 2, 4, 8… times the base delay. */
  DELIVERY_MAX_ATTEMPTS: positive(5),
  DELIVERY_RETRY_DELAY_SECONDS: positive(2),
  /** A delivery job not finished in this time is taken to have died with its worker, and tried again. */
  DELIVERY_JOB_EXPIRE_SECONDS: positive(30),
  /**
   * Concurrent bulk jobs per process; transactional notices have workers of their own. pg-boss
   * pauses half a second after each fetch, so a worker sends at most about 200 messages a second.
   */
  DELIVERY_BULK_WORKERS: positive(8),
  DELIVERY_TRANSACTIONAL_WORKERS: positive(2),
  /**
   * A bulk send reads its recipients from accounts this many at a time, writing one page's
   * messages while the next is read (accounts answers at most 20,000 a page).
   */
  BULK_SEND_PAGE_SIZE: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(20_000).default(20_000)),
  /** Set to false to run this process without delivery workers (another process sends). */
  DELIVERY_WORKERS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),

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
const values = parsed.data;
const sms =
  values.SMS_PROVIDER_URL && values.SMS_ACCOUNT_SID && values.SMS_AUTH_TOKEN
    ? {
        baseUrl: values.SMS_PROVIDER_URL.replace(/\/$/, ''),
        accountSid: values.SMS_ACCOUNT_SID,
        authToken: values.SMS_AUTH_TOKEN,
      }
    : null;

export const config = {
  ...base,
  messaging: {
    smtpUrl: values.SMTP_URL ?? null,
    smtpPoolConnections: values.SMTP_POOL_CONNECTIONS,
    fromAddress: values.MESSAGING_FROM_ADDRESS,
    sms,
    smsSenderId: values.SMS_SENDER_ID,
    publicUrl: (values.MESSAGING_PUBLIC_URL ?? `http://${base.host}:${base.port}`).replace(/\/$/, ''),
    rateLimits: { EMAIL: values.RATE_LIMIT_EMAIL_PER_SECOND, SMS: values.RATE_LIMIT_SMS_PER_SECOND },
    maxAttempts: values.DELIVERY_MAX_ATTEMPTS,
    retryDelaySeconds: values.DELIVERY_RETRY_DELAY_SECONDS,
    jobExpireSeconds: values.DELIVERY_JOB_EXPIRE_SECONDS,
    bulkWorkers: values.DELIVERY_BULK_WORKERS,
    transactionalWorkers: values.DELIVERY_TRANSACTIONAL_WORKERS,
    workers: values.DELIVERY_WORKERS,
    bulkSendPageSize: values.BULK_SEND_PAGE_SIZE,
  },
  webhooks: {
    retryScheduleMs: parsed.data.WEBHOOK_RETRY_SCHEDULE,
    timeoutMs: parsed.data.WEBHOOK_TIMEOUT,
    disableAfterMs: parsed.data.WEBHOOK_DISABLE_AFTER,
  },
};

export type MessagingConfig = typeof config;
export type DeliveryConfig = MessagingConfig['messaging'];
