/**
 * What the subgraphs, the gateway and the admin app agree on: callers and their permissions,
 * event payloads and the error codes a caller may see. Plain data and zod schemas only, so
 * any of them can import it without the subgraphs' runtime.
 */
export * from './callers';
export * from './errors';
export * from './events';
export * from './permissions';
