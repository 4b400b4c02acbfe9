/**
 * What any Clientele HTTP process shares (the gateway included): structured logs, request ids
 * and stopping on a signal, without the subgraphs' database and schema tooling.
 */
export * from './logger';
export * from './tracing';
export * from './verified-tokens';
