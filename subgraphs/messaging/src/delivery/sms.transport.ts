import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ClaimedMessage } from '../messages';
import { PermanentDeliveryError, TransientDeliveryError } from './delivery-errors';

export interface SmsAccount {
  baseUrl: string;
  accountSid: string;
  authToken: string;
}

/** The form Twilio's Messages API takes, in the order sent. */
export function smsForm(message: ClaimedMessage, from: string, statusCallback: string | null): URLSearchParams {
  const form = new URLSearchParams({ To: message.recipient, From: from, Body: message.body });
  if (statusCallback) form.set('StatusCallback', statusCallback);
  return form;
}

/**
 * SMS through a provider with Twilio's REST shape: `POST {base}/2010-04-01/Accounts/{sid}/Messages.json`,
 * HTTP basic auth with the account sid and token, a form-encoded body, and a `StatusCallback` URL
 * for delivery receipts. Resolves to the provider's message sid.
 */
export async function sendSms(account: SmsAccount, form: URLSearchParams, idempotencyKey: string): Promise<string> {
  const url = `${account.baseUrl}/2010-04-01/Accounts/${encodeURIComponent(account.accountSid)}/Messages.json`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
        // Not every provider honours it; the recorded attempt is what prevents a second send.
        'idempotency-key': idempotencyKey,
      },
      body: form.toString(),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (err) {
    throw new TransientDeliveryError(`SMS provider unreachable: ${(err as Error).message}`);
  }
  const text = await response.text();
  if (response.status === 429 || response.status >= 500) {
    throw new TransientDeliveryError(`SMS provider answered ${response.status}: ${text.slice(0, 300)}`);
  }
  if (!response.ok)
    throw new PermanentDeliveryError(`SMS provider refused (${response.status}): ${text.slice(0, 300)}`);
  let sid: unknown;
  try {
    sid = (JSON.parse(text) as { sid?: unknown }).sid;
  } catch {
    sid = undefined;
  }
  if (typeof sid !== 'string') throw new PermanentDeliveryError('SMS provider accepted the message without a sid');
  return sid;
}

/**
 * Twilio's request signature: base64 HMAC-SHA1, keyed with the auth token, of the full URL
 * followed by each POST parameter's name and value, sorted by name.
 */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

export function verifyTwilioSignature(
  authToken: string,
  url: string,
  params: Record<string, string>,
  signature: string | undefined,
): boolean {
  if (!signature) return false;
  const expected = Buffer.from(twilioSignature(authToken, url, params));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
