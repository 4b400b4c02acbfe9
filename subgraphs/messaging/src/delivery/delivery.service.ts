import type { Logger } from '@clientele/subgraph-kit';
import type { DeliveryConfig } from '../config';
import type { ClaimedMessage, DeliveryJob, DeliveryOutcome, MessagePriority, MessageService } from '../messages';
import type { Capture, OutboxService } from '../outbox';
import type { MessagingSettingsService, PartnerSettings } from '../settings';
import { PermanentDeliveryError, TransientDeliveryError } from './delivery-errors';
import { EmailTransport } from './email.transport';
import { RateLimiter } from './rate-limiter';
import { type SmsAccount, sendSms, smsForm, verifyTwilioSignature } from './sms.transport';

/** A job put off longer than this for its rate limit goes back to the queue, freeing the worker. */
const MAX_INLINE_WAIT_MS = 1_000;

/** Thrown after recording a job's outcomes when some messages wait for another try: pg-boss retries the job with backoff. */
class RetryLater extends Error {}

/**
 * The delivery workers: take a job's messages, hand each to SMTP or the SMS provider (or the
 * outbox when none is configured), record the outcomes, and leave retries to the queue.
 */
export class DeliveryService {
  private readonly email: EmailTransport;
  private readonly limiter = new RateLimiter();

  constructor(
    private readonly messages: MessageService,
    private readonly settings: MessagingSettingsService,
    private readonly outbox: OutboxService,
    private readonly config: DeliveryConfig,
    private readonly logger: Logger,
  ) {
    this.email = new EmailTransport(config.smtpPoolConnections);
  }

  async startWorkers(): Promise<void> {
    if (!this.config.workers) return;
    await this.messages.queue.work('TRANSACTIONAL', this.config.transactionalWorkers, (job) =>
      this.deliver('TRANSACTIONAL', job),
    );
    await this.messages.queue.work('BULK', this.config.bulkWorkers, (job) => this.deliver('BULK', job));
  }

  /** One job: a handful of one partner's messages on one channel. */
  async deliver(priority: MessagePriority, job: DeliveryJob): Promise<void> {
    // Transactional notices are not held back by the partner's own bulk traffic.
    const key = `${job.partnerId}:${job.channel}:${priority}`;
    const wait = this.limiter.reserve(key, job.messageIds.length, this.config.rateLimits[job.channel]);
    if (wait > MAX_INLINE_WAIT_MS) {
      this.limiter.release(key, job.messageIds.length);
      await this.messages.queue.defer(priority, job, wait / 1000);
      return;
    }
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));

    const claimed = await this.messages.claim(job);
    if (claimed.length === 0) return;
    const settings = await this.settings.forPartner(job.partnerId);
    const captures: Capture[] = [];
    const outcomes = await Promise.all(claimed.map((message) => this.deliverOne(message, settings, captures)));
    await this.outbox.capture(job.partnerId, captures);
    await this.messages.record(job.partnerId, outcomes);
    const retrying = outcomes.filter((outcome) => outcome.outcome === 'RETRY').length;
    if (retrying > 0) throw new RetryLater(`${retrying} of ${outcomes.length} messages will be tried again`);
  }

  private async deliverOne(
    message: ClaimedMessage,
    settings: PartnerSettings,
    captures: Capture[],
  ): Promise<DeliveryOutcome> {
    try {
      const providerMessageId =
        message.channel === 'EMAIL'
          ? await this.deliverEmail(message, settings, captures)
          : await this.deliverSms(message, settings, captures);
      return { id: message.id, outcome: 'SENT', providerMessageId };
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const final = !(err instanceof TransientDeliveryError) || message.attempts >= this.config.maxAttempts;
      if (!(err instanceof TransientDeliveryError) && !(err instanceof PermanentDeliveryError)) {
        this.logger.error({ err, messageId: message.id }, 'unexpected delivery error');
      }
      return { id: message.id, outcome: final ? 'FAILED' : 'RETRY', error };
    }
  }

  private async deliverEmail(message: ClaimedMessage, settings: PartnerSettings, captures: Capture[]) {
    const identity = { from: settings.fromAddress ?? this.config.fromAddress, replyTo: settings.replyTo };
    const smtpUrl = settings.smtpUrl ?? this.config.smtpUrl;
    if (!smtpUrl) {
      const raw = await this.email.capture(message, identity);
      captures.push({
        messageId: message.id,
        channel: 'EMAIL',
        recipient: message.recipient,
        subject: message.subject,
        raw,
      });
      return null;
    }
    return this.email.send(smtpUrl, message, identity);
  }

  private async deliverSms(message: ClaimedMessage, settings: PartnerSettings, captures: Capture[]) {
    const account = this.smsAccountOf(settings);
    const from = settings.smsSenderId ?? this.config.smsSenderId;
    const form = smsForm(message, from, account ? this.statusCallbackUrl(message.partnerId) : null);
    if (!account) {
      captures.push({
        messageId: message.id,
        channel: 'SMS',
        recipient: message.recipient,
        subject: null,
        raw: form.toString(),
      });
      return null;
    }
    return sendSms(account, form, message.idempotencyKey);
  }

  private smsAccountOf(settings: PartnerSettings): SmsAccount | null {
    if (settings.smsBaseUrl && settings.smsAccountSid && settings.smsAuthToken) {
      return {
        baseUrl: settings.smsBaseUrl.replace(/\/$/, ''),
        accountSid: settings.smsAccountSid,
        authToken: settings.smsAuthToken,
      };
    }
    return this.config.sms;
  }

  statusCallbackUrl(partnerId: string): string {
    return `${this.config.publicUrl}/sms/status/${partnerId}`;
  }

  /**
   * A delivery receipt at `/sms/status/{partnerId}`: accepted only with a valid `X-Twilio-Signature`
   * under the partner's SMS token (or the platform's).
   */
  async receipt(
    partnerId: string,
    params: Record<string, string>,
    signature: string | undefined,
  ): Promise<'ACCEPTED' | 'IGNORED' | 'FORBIDDEN'> {
    const account = this.smsAccountOf(await this.settings.forPartner(partnerId));
    if (!account || !verifyTwilioSignature(account.authToken, this.statusCallbackUrl(partnerId), params, signature)) {
      return 'FORBIDDEN';
    }
    const sid = params.MessageSid ?? params.SmsSid;
    const status = params.MessageStatus ?? params.SmsStatus;
    if (!sid || !status) return 'IGNORED';
    if (status === 'delivered') {
      await this.messages.receipt(partnerId, sid, 'DELIVERED', null);
      return 'ACCEPTED';
    }
    if (status === 'undelivered' || status === 'failed') {
      const reason = `The provider reported ${status}${params.ErrorCode ? ` (error ${params.ErrorCode})` : ''}.`;
      await this.messages.receipt(partnerId, sid, 'FAILED', reason);
      return 'ACCEPTED';
    }
    return 'IGNORED';
  }

  close(): void {
    this.email.close();
  }
}
