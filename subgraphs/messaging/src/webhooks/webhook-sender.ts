import type { WebhookHeaders } from './webhook-signature';

/** How an endpoint answered one attempt. */
export interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  responseExcerpt: string | null;
  durationMs: number;
}

const EXCERPT_BYTES = 1024;

/** The first bytes of a response body; the rest is not read, so a huge answer costs nothing. */
async function excerptOf(response: Response): Promise<string | null> {
  if (!response.body) return null;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < EXCERPT_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const text = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8');
  // Stored and shown as text: no NULs or other controls from a stranger's server.
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '') || null;
}

/**
 * POSTs one signed delivery. Only a 2xx answer counts as received; a redirect is not followed
 * (the partner registers the URL that answers), and no answer within `timeoutMs` is a failure.
 */
export async function postWebhook(
  url: string,
  headers: WebhookHeaders,
  body: string,
  timeoutMs: number,
): Promise<AttemptOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'user-agent': 'Clientele-Webhooks/1' },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const responseExcerpt = await excerptOf(response).catch(() => null);
    const ok = response.status >= 200 && response.status < 300;
    return {
      ok,
      statusCode: response.status,
      error: ok ? null : `The endpoint answered HTTP ${response.status}.`,
      responseExcerpt,
      durationMs: elapsed(),
    };
  } catch (err) {
    const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return {
      ok: false,
      statusCode: null,
      error: timedOut
        ? `No answer within ${timeoutMs} ms.`
        : `Could not reach the endpoint: ${cause?.code ?? cause?.message ?? (err as Error).message}.`,
      responseExcerpt: null,
      durationMs: elapsed(),
    };
  }
}
