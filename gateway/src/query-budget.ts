import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { BudgetName } from './auth';
import type { BucketBudget } from './config';
import { LIMIT_CODES, THROTTLED, limitError } from './errors';
import type { GatewayContext } from './gateway';
import { type Admission, type BucketState, LeakyBuckets } from './leaky-bucket';
import { type CostInput, estimateQueryCost } from './query-cost';

/** What every response reports in `extensions.cost`, so clients can pace themselves. */
export interface CostReport {
  /** The operation's estimated cost; 0 when it was refused before it could be costed. */
  requested: number;
  /** The most one operation may cost. */
  limit: number;
  bucket: BucketState;
}

export interface QueryBudgetOptions {
  maxCost: number;
  budgets: Record<BudgetName, BucketBudget>;
}

function tooCostly(cost: number, limit: number, why: string): GraphQLError {
  return limitError(
    LIMIT_CODES.cost,
    `This query would cost ${cost}, over ${why} of ${limit}. Ask for smaller pages (first/last) or fewer nested lists.`,
  );
}

function throttled(cost: number, { bucket, retryAfterSeconds }: Extract<Admission, { admitted: false }>) {
  return new GraphQLError(
    `Rate limit reached: this query costs ${cost} and ${bucket.remaining} of your ${bucket.capacity} is left ` +
      `(it refills by ${bucket.leakPerSecond} a second). Retry in ${retryAfterSeconds} s.`,
    {
      extensions: {
        code: THROTTLED,
        retryAfterSeconds,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    },
  );
}

interface Charge {
  requested: number;
  bucket?: BucketState;
  refusal?: GraphQLError;
}

/**
 * Costs each operation once it is parsed and validated, refuses it over the per-query limit,
 * charges it to the caller's leaky bucket, and reports all three on the response.
 */
export function queryBudgetPlugin({ maxCost, budgets }: QueryBudgetOptions): ApolloServerPlugin<GatewayContext> {
  const buckets: Record<BudgetName, LeakyBuckets> = {
    apiKey: new LeakyBuckets(budgets.apiKey),
    interactive: new LeakyBuckets(budgets.interactive),
  };

  function charge(input: CostInput, { budget, principal }: GatewayContext): Charge {
    const callerBuckets = buckets[budget];
    const requested = estimateQueryCost(input);
    if (requested > maxCost) return { requested, refusal: tooCostly(requested, maxCost, 'the limit per query') };
    // A query bigger than the whole bucket would be told to retry forever.
    const { capacity } = callerBuckets.budget;
    if (requested > capacity) return { requested, refusal: tooCostly(requested, capacity, 'your rate-limit budget') };
    const admission = callerBuckets.take(principal, requested);
    return {
      requested,
      bucket: admission.bucket,
      refusal: admission.admitted ? undefined : throttled(requested, admission),
    };
  }

  return {
    requestDidStart: () => {
      let charged: Charge = { requested: 0 };
      return Promise.resolve({
        didResolveOperation: ({ schema, document, operation, request, contextValue }) => {
          // No such operation in the document: execution refuses it, at no cost to the caller.
          if (!operation) return Promise.resolve();
          charged = charge({ schema, document, operation, variables: request.variables }, contextValue);
          return charged.refusal ? Promise.reject(charged.refusal) : Promise.resolve();
        },
        willSendResponse: ({ response, contextValue }) => {
          if (response.body.kind === 'single') {
            const bucket = charged.bucket ?? buckets[contextValue.budget].peek(contextValue.principal);
            const cost: CostReport = { requested: charged.requested, limit: maxCost, bucket };
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, cost };
          }
          return Promise.resolve();
        },
      });
    },
  };
}
