import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { AuthenticationError, type RouteHelpers, can, traceOf } from '@clientele/subgraph-kit';
import archiver from 'archiver';
import type { Express, Request, Response } from 'express';
import { z } from 'zod';
import type { InvoiceWithLines } from '../invoices';
import {
  type InvoiceDocumentService,
  MAX_INVOICES_PER_DOWNLOAD,
  documentFileName,
} from './invoice-documents.service';

/** Where the gateway passes downloads through; the same path on the subgraph and at the gateway. */
export const BILLING_FILES_PATH = '/files/billing';

const invoiceId = z.guid();
const pdfFile = /^([0-9a-fA-F-]{36})\.pdf$/;

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message, requestId: traceOf(res).requestId } });
}

function notFound(res: Response): void {
  // Another partner's invoice and one that does not exist are the same answer.
  refuse(res, 404, 'NOT_FOUND', 'No such invoice.');
}

/** The ids of `?ids=a,b` or `?ids=a&ids=b`, or null when any is not an id. */
function idsOf(req: Request): string[] | null {
  const raw = req.query.ids;
  const values = (Array.isArray(raw) ? raw : [raw]).flatMap((value) => (typeof value === 'string' ? value.split(',') : []));
  const ids = [...new Set(values.map((value) => value.trim().toLowerCase()).filter((value) => value.length > 0))];
  return ids.every((id) => invoiceId.safeParse(id).success) ? ids : null;
}

function attachment(res: Response, contentType: string, fileName: string): void {
  res.setHeader('content-type', contentType);
  res.setHeader('content-disposition', `attachment; filename="${fileName}"`);
  // Invoices are personal data: no shared cache keeps them, and the browser does not keep them either.
  res.setHeader('cache-control', 'private, no-store');
  res.setHeader('x-content-type-options', 'nosniff');
}

/**
 * Invoice downloads, for the signed-in caller and scoped to the caller's partner (and reseller or
 * portal customer): `GET /files/billing/invoices/<id>.pdf` and
 * `GET /files/billing/invoices.zip?ids=<id>,<id>…`, the ZIP streamed one document at a time.
 * They are GETs carrying the caller's bearer token, never a cookie, so another site cannot make a
 * browser fetch one with someone's credentials.
 */
export function invoiceDocumentRoutes(service: InvoiceDocumentService, app: Express, http: RouteHelpers): void {
  const authorized = async (req: Request, res: Response) => {
    try {
      const context = await http.authenticate(req, res);
      if (!can(context.caller, 'billing:read')) {
        refuse(res, 403, 'FORBIDDEN', 'Reading invoices needs billing:read.');
        return null;
      }
      return context;
    } catch (error) {
      if (error instanceof AuthenticationError) {
        refuse(res, 401, 'UNAUTHENTICATED', error.message);
        return null;
      }
      throw error;
    }
  };

  app.get(`${BILLING_FILES_PATH}/invoices/:file`, async (req, res, next) => {
    try {
      const context = await authorized(req, res);
      if (!context) return;
      const id = pdfFile.exec(String(req.params.file))?.[1]?.toLowerCase();
      if (!id || !invoiceId.safeParse(id).success) return notFound(res);
      const [invoice] = (await service.visibleInvoices(context.caller, [id])) ?? [];
      if (!invoice) return notFound(res);
      const pdf = await service.pdf(invoice);
      attachment(res, 'application/pdf', documentFileName(invoice));
      if (Buffer.isBuffer(pdf)) res.end(pdf);
      else pdf.pipe(res);
    } catch (error) {
      next(error);
    }
  });

  app.get(`${BILLING_FILES_PATH}/invoices.zip`, async (req, res, next) => {
    try {
      const context = await authorized(req, res);
      if (!context) return;
      const ids = idsOf(req);
      if (!ids || ids.length === 0) {
        return refuse(res, 400, 'BAD_REQUEST', 'Name the invoices as `ids`, comma-separated invoice ids.');
      }
      if (ids.length > MAX_INVOICES_PER_DOWNLOAD) {
        return refuse(res, 400, 'BAD_REQUEST', `One download holds at most ${MAX_INVOICES_PER_DOWNLOAD} invoices.`);
      }
      const invoices = await service.visibleInvoices(context.caller, ids);
      if (!invoices) return notFound(res);
      attachment(res, 'application/zip', `invoices-${new Date().toISOString().slice(0, 10)}.zip`);
      await streamZip(service, invoices, res);
    } catch (error) {
      if (res.headersSent) {
        // Half a ZIP already went out: cut the connection so the client sees a failed download, not a short file.
        traceOf(res).log.error({ err: error }, 'invoice download failed while streaming');
        res.destroy(error as Error);
        return;
      }
      next(error);
    }
  });
}

/** Writes one PDF after another into the response, holding at most one document in memory. */
async function streamZip(service: InvoiceDocumentService, invoices: InvoiceWithLines[], res: Response): Promise<void> {
  // PDFs are already compressed; deflating them again costs CPU for almost nothing.
  const archive = archiver('zip', { store: true });
  const failed = new Promise<never>((_, reject) => archive.on('error', reject));
  failed.catch(() => undefined);
  archive.pipe(res);
  const names = new Set<string>();
  for (const invoice of invoices) {
    let name = documentFileName(invoice);
    if (names.has(name)) name = `${invoice.id}.pdf`;
    names.add(name);
    const pdf: Readable | Buffer = await service.pdf(invoice);
    const added = once(archive, 'entry');
    archive.append(pdf, { name });
    await Promise.race([added, failed]);
  }
  await Promise.race([archive.finalize(), failed]);
}
