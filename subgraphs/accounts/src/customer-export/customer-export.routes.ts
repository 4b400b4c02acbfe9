import { AuthenticationError, type RouteHelpers, can, traceOf } from '@clientele/subgraph-kit';
import type { Express, Response } from 'express';
import type { CustomerExportService } from './customer-export.service';
import { CUSTOMER_EXPORT_FILES_PATH } from './customer-export.type';

const csvFile = /^([0-9a-fA-F-]{36})\.csv$/;

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message, requestId: traceOf(res).requestId } });
}

/**
 * An export's download, for the signed-in caller and scoped as `customerExport` is:
 * `GET /files/accounts/customer-exports/<id>.csv`, streamed from the file store. A GET carrying
 * the caller's bearer token, never a cookie, as invoice downloads are.
 */
export function customerExportRoutes(service: CustomerExportService, app: Express, http: RouteHelpers): void {
  app.get(`${CUSTOMER_EXPORT_FILES_PATH}/:file`, async (req, res, next) => {
    try {
      let context;
      try {
        context = await http.authenticate(req, res);
      } catch (error) {
        if (error instanceof AuthenticationError) return refuse(res, 401, 'UNAUTHENTICATED', error.message);
        throw error;
      }
      if (!can(context.caller, 'customers:read')) {
        return refuse(res, 403, 'FORBIDDEN', 'Reading exports needs customers:read.');
      }
      const id = csvFile.exec(String(req.params.file))?.[1]?.toLowerCase();
      // Another partner's export, one not finished and one that does not exist are the same answer.
      const file = id ? await service.file(context.caller, id) : null;
      if (!file) return refuse(res, 404, 'NOT_FOUND', 'No such export, or it is not ready yet.');
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${file.fileName}"`);
      if (file.size !== null) res.setHeader('content-length', String(file.size));
      // Customer lists are personal data: no cache keeps them.
      res.setHeader('cache-control', 'private, no-store');
      res.setHeader('x-content-type-options', 'nosniff');
      file.body.on('error', (error) => {
        traceOf(res).log.error({ err: error }, 'export download failed while streaming');
        res.destroy(error);
      });
      file.body.pipe(res);
    } catch (error) {
      next(error);
    }
  });
}
