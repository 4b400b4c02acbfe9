import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import type { ClaimedMessage } from '../messages';
import { classifySmtpError } from './delivery-errors';

export interface EmailIdentity {
  from: string;
  replyTo: string | null;
}

function mailOf(message: ClaimedMessage, identity: EmailIdentity): SendMailOptions {
  return {
    from: identity.from,
    ...(identity.replyTo ? { replyTo: identity.replyTo } : {}),
    to: message.recipient,
    subject: message.subject ?? '',
    text: message.body,
    ...(message.htmlBody ? { html: message.htmlBody } : {}),
    // The same Message-ID on every attempt: a receiving system that sees a message twice can tell.
    messageId: `<${message.idempotencyKey}>`,
    headers: { 'X-Clientele-Message-Id': message.id },
  };
}

/**
 * Email over SMTP with pooled connections, one pool per SMTP URL (the platform's, or a partner's
 * own); or, with no SMTP at all, the exact RFC 5322 bytes that would have gone, for the outbox.
 */
export class EmailTransport {
  private readonly pools = new Map<string, Transporter<SMTPPool.SentMessageInfo>>();
  private readonly capturer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(private readonly poolConnections: number) {}

  /** Sends one email; resolves to the Message-ID, throws a Transient or Permanent delivery error. */
  async send(smtpUrl: string, message: ClaimedMessage, identity: EmailIdentity): Promise<string> {
    try {
      const info = await this.pool(smtpUrl).sendMail(mailOf(message, identity));
      return info.messageId;
    } catch (err) {
      throw classifySmtpError(err);
    }
  }

  /** The message as it would have been sent. */
  async capture(message: ClaimedMessage, identity: EmailIdentity): Promise<string> {
    const info = await this.capturer.sendMail(mailOf(message, identity));
    return (info.message as Buffer).toString('utf8');
  }

  close(): void {
    for (const pool of this.pools.values()) pool.close();
    this.pools.clear();
  }

  private pool(url: string): Transporter<SMTPPool.SentMessageInfo> {
    let pool = this.pools.get(url);
    if (!pool) {
      pool = nodemailer.createTransport({
        url,
        pool: true,
        maxConnections: this.poolConnections,
        maxMessages: Infinity,
        // A local relay without TLS is fine; a server that offers STARTTLS gets it.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      } as SMTPPool.Options);
      this.pools.set(url, pool);
    }
    return pool;
  }
}
