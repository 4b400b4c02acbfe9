import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { AuthenticationError, type RouteHelpers, can, traceOf } from '@clientele/subgraph-kit';
import { stringify } from 'csv-stringify';
import type { Express, Response } from 'express';
import type { CustomerBulkService } from './bulk-operation.service';
import { ACCOUNTS_FILES_PATH } from './bulk-operation.type';

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message, requestId: traceOf(res).requestId } });
}

/** A cell a spreadsheet would run as a formula is written as text. */
function neutralised(value: string | null): string {
  if (value === null) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * `GET /files/accounts/customer-bulk-operations/<id>/outcomes.csv`: every outcome of a bulk
 * operation the caller may see, streamed a page at a time, with the caller's bearer token (never
 * a cookie), as the other downloads are.
 */
export function bulkOperationRoutes(service: CustomerBulkService, app: Express, http: RouteHelpers): void {
  app.get(`${ACCOUNTS_FILES_PATH}/customer-bulk-operations/:id/outcomes.csv`, async (req, res, next) => {
    try {
      let context;
      try {
        context = await http.authenticate(req, res);
      } catch (error) {
        if (error instanceof AuthenticationError) return refuse(res, 401, 'UNAUTHENTICATED', error.message);
        throw error;
      }
      if (!can(context.caller, 'customers:read')) {
        return refuse(res, 403, 'FORBIDDEN', 'Reading bulk operations needs customers:read.');
      }
      const operation = await service.findVisible(context.caller, String(req.params.id).toLowerCase());
      // Another partner's operation and one that does not exist are the same answer.
      if (!operation) return refuse(res, 404, 'NOT_FOUND', 'No such bulk operation.');
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="bulk-operation-${operation.id}.csv"`);
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('x-content-type-options', 'nosniff');
      const csv = stringify({
        header: true,
        columns: ['customerId', 'accountNumber', 'name', 'outcome', 'reason'],
      });
      const rows = Readable.from(
        (async function* () {
          for await (const page of service.outcomeRows(operation)) {
            for (const row of page) {
              yield {
                customerId: row.customerId,
                accountNumber: neutralised(row.accountNumber),
                name: neutralised(row.name),
                outcome: row.outcome ?? 'PENDING',
                reason: neutralised(row.reason),
              };
            }
          }
        })(),
      );
      await pipeline(rows, csv, res);
    } catch (error) {
      if (res.headersSent) {
        traceOf(res).log.error({ err: error }, 'bulk outcomes download failed while streaming');
        res.destroy(error as Error);
        return;
      }
      next(error);
    }
  });
}
