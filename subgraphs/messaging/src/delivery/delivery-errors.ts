/** A refusal worth trying again later: a full mailbox server, a timeout, a rate limit, a 5xx. */
export class TransientDeliveryError extends Error {}

/** A refusal that will not change: an unknown mailbox, an invalid number, bad credentials. */
export class PermanentDeliveryError extends Error {}

/** How an SMTP error from nodemailer should be taken: 5xx replies are final, the rest are not. */
export function classifySmtpError(err: unknown): Error {
  const error = err as { responseCode?: number; code?: string; message?: string };
  const message = error.message ?? String(err);
  if (typeof error.responseCode === 'number' && error.responseCode >= 500) {
    return new PermanentDeliveryError(`SMTP ${error.responseCode}: ${message}`);
  }
  if (error.code === 'EENVELOPE' && typeof error.responseCode !== 'number') return new PermanentDeliveryError(message);
  return new TransientDeliveryError(message);
}
