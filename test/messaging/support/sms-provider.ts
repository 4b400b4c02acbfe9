import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

/** One request the fake provider received. */
export interface ReceivedSms {
  path: string;
  authorization: string | undefined;
  form: Record<string, string>;
  sid: string;
}

function bodyOf(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A real HTTP server answering like Twilio's Messages API: 201 with a JSON body carrying the message sid. */
export class FakeSmsProvider {
  readonly received: ReceivedSms[] = [];

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(): Promise<FakeSmsProvider> {
    let provider: FakeSmsProvider | undefined;
    const server = createServer((req, res) => {
      bodyOf(req).then(
        (body) => {
          const sid = `SM${randomUUID().replace(/-/g, '')}`;
          provider!.received.push({
            path: req.url ?? '',
            authorization: req.headers.authorization,
            form: Object.fromEntries(new URLSearchParams(body)),
            sid,
          });
          res.writeHead(201, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ sid, status: 'queued' }));
        },
        () => {
          res.writeHead(400);
          res.end();
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    provider = new FakeSmsProvider(server, (server.address() as AddressInfo).port);
    return provider;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
