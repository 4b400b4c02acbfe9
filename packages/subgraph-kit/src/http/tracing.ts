import { AsyncLocalStorage } from 'node:async_hooks';
import type { ErrorRequestHandler, NextFunction, Request, Response } from 'express';
import { REQUEST_ID_HEADER } from '../contracts/errors';
import { newId } from '../ids';
import type { Logger } from './logger';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

export interface RequestTrace {
  requestId: string;
  log: Logger;
}

/** The request id and logger `requestTracing` attached to this response. */
export function traceOf(res: Response): RequestTrace {
  return res.locals.trace as RequestTrace;
}

/**
 * Carries the caller's request id (or a new one) through the request, its log lines and the
 * response header, so one id follows a request from the gateway into every subgraph.
 */
export function requestTracing(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.header(REQUEST_ID_HEADER);
    const requestId = incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : newId();
    const trace: RequestTrace = { requestId, log: logger.child({ requestId }) };
    res.locals.trace = trace;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      if (req.path === '/health') return;
      trace.log.info(
        {
          method: req.method,
          path: req.path,
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request completed',
      );
    });
    next();
  };
}

const scope = new AsyncLocalStorage<RequestTrace>();

/**
 * Makes the request's trace reachable from code that is not handed the request (error
 * formatting, the SQL logger). Mount it after the body parser: the parser's stream callbacks
 * run outside any scope entered before it.
 */
export function withRequestScope(_req: Request, res: Response, next: NextFunction): void {
  scope.run(traceOf(res), next);
}

/** The trace of the request being served, if any. */
export function currentTrace(): RequestTrace | undefined {
  return scope.getStore();
}

/** Stops the process cleanly on Ctrl-C or SIGTERM; a second signal forces the exit. */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal, exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping');
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'failed to stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Started by a supervisor over IPC: if the supervisor dies, stop rather than linger.
  process.on('disconnect', () => onSignal('SIGTERM'));
}

/**
 * Tells a supervisor over IPC that this very process now listens on `port`. Its health check
 * alone cannot tell: another program that took the port first would answer it.
 */
export function announceListening(port: number): void {
  process.send?.({ type: 'listening', port });
}

/** Answers malformed requests with JSON and hides anything unexpected behind the request id. */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const status = (err as { status?: number }).status;
    const requestId = (res.locals.trace as RequestTrace | undefined)?.requestId;
    if (status && status >= 400 && status < 500) {
      res.status(status).json({ error: { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' } });
      return;
    }
    logger.error({ err, requestId, path: req.path }, 'unhandled error');
    res.status(500).json({ error: { code: 'INTERNAL', message: 'Something went wrong on our side.', requestId } });
  };
}
