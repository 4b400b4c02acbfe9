import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

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
    let sink: SmtpSink | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      size: 10 * 1024 * 1024,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          const key = to.join(',');
          const attempt = (sink!.attempts.get(key) ?? 0) + 1;
          sink!.attempts.set(key, attempt);
          const refusal = sink!.respond(to, attempt);
          const finish = () => {
            if (refusal) {
              const error = Object.assign(new Error(refusal.message), { responseCode: refusal.code });
              callback(error);
              return;
            }
            const raw = Buffer.concat(chunks).toString('utf8');
            const mailFrom = session.envelope.mailFrom;
            sink!.mails.push({ from: mailFrom ? mailFrom.address : '', to, raw, headers: headersOf(raw) });
            callback();
          };
          if (sink!.delayMs > 0) setTimeout(finish, sink!.delayMs);
          else finish();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    sink = new SmtpSink(server, (server.server.address() as AddressInfo).port);
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The mails carrying this Clientele message id. */
  mailsOf(messageId: string): ReceivedMail[] {
    return this.mails.filter((mail) => mail.headers.get('x-clientele-message-id') === messageId);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
