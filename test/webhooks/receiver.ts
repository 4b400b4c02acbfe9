import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a partner app's endpoint received: headers and the raw body, as they came off the wire. */
export interface ReceivedWebhook {
  /** The request's path, which tells apart the endpoints sharing this receiver. */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  receivedAt: number;
}

/**
 * A real HTTP server on this machine playing partner apps' webhook endpoints, one per path. It
 * answers each path's requests with the next status planned for it (204 after those, or the
 * path's `then`) and keeps what arrived.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly plans = new Map<string, { answers: number[]; then: number }>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebhookReceiver> {
    const server = createServer();
    const receiver = new WebhookReceiver(server);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        receiver.received.push({
          path: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          receivedAt: Date.now(),
        });
        const plan = receiver.plans.get(request.url ?? '');
        const status = plan?.answers.shift() ?? plan?.then ?? 204;
        response.writeHead(status, { 'content-type': 'text/plain' }).end(`answered ${status}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  /** A new endpoint URL on this receiver, answering with `answers` in order and then `then`. */
  endpoint(answers: number[] = [], then = 204): string {
    const path = `/hooks/${randomUUID()}`;
    this.plans.set(path, { answers: [...answers], then });
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  /** What arrived at one endpoint URL of this receiver, in order. */
  at(url: string): ReceivedWebhook[] {
    const path = new URL(url).pathname;
    return this.received.filter((webhook) => webhook.path === path);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}

/**
 * The Standard Webhooks check, written from the spec with node:crypto alone (not the product's
 * code): the signature is `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` under the
 * base64-decoded part of the secret after `whsec_`; the header may carry several, space-separated.
 */
export function verifyStandardWebhook(secret: string, webhook: ReceivedWebhook): boolean {
  const id = webhook.headers['webhook-id'];
  const timestamp = webhook.headers['webhook-timestamp'];
  const signatures = webhook.headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${webhook.body}`).digest();
  return signatures.split(' ').some((versioned) => {
    const [version, signature] = versioned.split(',');
    if (version !== 'v1' || !signature) return false;
    const given = Buffer.from(signature, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
