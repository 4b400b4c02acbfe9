/**
 * What the subgraphs, the gateway and the admin app agree on: callers and their permissions,
 * event payloads, the error codes a caller may see and the sizes of pages. Plain data and zod schemas only, so
 * any of them can import it without the subgraphs' runtime.
 */
export * from './callers';
export * from './errors';
export * from './events';
export * from './lists';
export * from './permissions';
export * from './text';
