import type { Express, Request } from 'express';
import { isValidId } from '@clientele/subgraph-kit';
import type { DeliveryService } from './delivery.service';

const MAX_BODY_BYTES = 64 * 1024;

async function formOf(req: Request): Promise<Record<string, string> | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
}

/** The SMS provider's delivery receipts (its `StatusCallback`), signed with the account's token. */
export function deliveryRoutes(service: DeliveryService, app: Express): void {
  app.post('/sms/status/:partnerId', (req, res, next) => {
    const partnerId = String(req.params.partnerId);
    if (!isValidId(partnerId) || !req.is('application/x-www-form-urlencoded')) {
      res.status(400).json({ error: 'expected a form-encoded delivery receipt' });
      return;
    }
    formOf(req)
      .then(async (params) => {
        if (!params) {
          res.status(413).json({ error: 'receipt too large' });
          return;
        }
        const result = await service.receipt(partnerId, params, req.header('x-twilio-signature'));
        if (result === 'FORBIDDEN') res.status(403).json({ error: 'invalid signature' });
        else res.status(204).end();
      })
      .catch(next);
  });
}
