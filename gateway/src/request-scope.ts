import { AsyncLocalStorage } from 'node:async_hooks';
import { type RequestTrace, traceOf } from '@clientele/subgraph-kit/http';
import type { NextFunction, Request, Response } from 'express';

const scope = new AsyncLocalStorage<RequestTrace>();

/**
 * Makes the request id and logger reachable from Apollo's `formatError`, which is not given the
 * request. Mount it after the body parser: the parser's stream callbacks run outside this scope.
 */
export function withRequestScope(_req: Request, res: Response, next: NextFunction): void {
  scope.run(traceOf(res), next);
}

/** The trace of the request being served, if any. */
export function currentTrace(): RequestTrace | undefined {
  return scope.getStore();
}
