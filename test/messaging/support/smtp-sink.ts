import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { eventually } from '../../support/api';

/** One email as it arrived on the wire. */
export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  headers: Map<string, string>;
}

/** Header fields of an RFC 5322 message, unfolded, names lower-cased (the first of each name). */
function headersOf(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * A real SMTP server on a free local port that keeps every message it accepts. `respond` can
 * refuse a recipient (e.g. `451` once, or `550`), and `delayMs` slows each message down.
 */
export class SmtpSink {
  readonly mails: ReceivedMail[] = [];
  respond: (to: string[], attempt: number) => { code: number; message: string } | null = () => null;
  delayMs = 0;
  private readonly attempts = new Map<string, number>();

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<SmtpSink> {
    // The server's callbacks reach the sink made once it listens.
    const ref: { sink?: SmtpSink } = {};
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      size: 10 * 1024 * 1024,
      // Messaging keeps its pooled connections open; on stop, close them at once rather than
      // after the default 30 s of grace, which each suite would otherwise wait out.
      closeTimeout: 1,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          const key = to.join(',');
          const attempt = (ref.sink!.attempts.get(key) ?? 0) + 1;
          ref.sink!.attempts.set(key, attempt);
          const refusal = ref.sink!.respond(to, attempt);
          const finish = () => {
            if (refusal) {
              const error = Object.assign(new Error(refusal.message), { responseCode: refusal.code });
              callback(error);
              return;
            }
            const raw = Buffer.concat(chunks).toString('utf8');
            const mailFrom = session.envelope.mailFrom;
            ref.sink!.mails.push({ from: mailFrom ? mailFrom.address : '', to, raw, headers: headersOf(raw) });
            callback();
          };
          if (ref.sink!.delayMs > 0) setTimeout(finish, ref.sink!.delayMs);
          else finish();
        });
      },
    });
    // A client killed mid-message resets its connection; that is what some tests do on purpose.
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ref.sink = new SmtpSink(server, (server.server.address() as AddressInfo).port);
    return ref.sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The mails carrying this Clientele message id. */
  mailsOf(messageId: string): ReceivedMail[] {
    return this.mails.filter((mail) => mail.headers.get('x-clientele-message-id') === messageId);
  }

  /** The mails sent to this address so far. */
  mailsTo(address: string): ReceivedMail[] {
    return this.mails.filter((mail) => mail.to.includes(address));
  }

  /** Waits until at least `count` mails reached this address, and answers them. */
  mailTo(address: string, count = 1): Promise<ReceivedMail[]> {
    return eventually(
      () => Promise.resolve(this.mailsTo(address).length >= count ? this.mailsTo(address) : null),
      `${count} mail(s) to ${address}`,
    );
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The body of a mail with its quoted-printable soft breaks and escapes undone, as a reader sees it. */
export function readable(mail: ReceivedMail): string {
  return mail.raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
