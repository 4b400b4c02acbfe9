import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';

export function fail(
  res: Response,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
) {
  res.status(status).json({ error: { code, message, ...extra } });
}

export function invalidInput(res: Response, error: z.ZodError) {
  fail(res, 400, 'INVALID_INPUT', 'Check the highlighted fields.', {
    fields: error.issues.map((issue) => ({ field: issue.path.map(String), message: issue.message })),
  });
}

/** Cookie-bearing requests must be JSON: a cross-site form cannot send that without a CORS preflight. */
export function requireJson(req: Request, res: Response, next: NextFunction) {
  if (!req.is('application/json')) {
    fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request as application/json.');
    return;
  }
  next();
}

/** An async handler whose failure reaches Express's error handler. */
export function route(handler: (req: Request, res: Response) => Promise<void>) {
  return (req: Request, res: Response, next: NextFunction) => {
    handler(req, res).catch(next);
  };
}
