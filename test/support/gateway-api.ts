import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { testStack } from './env';

export interface GatewayError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; requestId?: string; retryAfterSeconds?: number; [key: string]: unknown };
}

export interface CostReport {
  requested: number;
  limit: number;
  bucket: { capacity: number; remaining: number; leakPerSecond: number };
}

export interface GatewayResponse<TData = unknown> {
  status: number;
  headers: Headers;
  data?: TData | null;
  errors?: GatewayError[];
  extensions?: { cost?: CostReport };
}

export interface GatewayRequest {
  /** The gateway's base URL; the shared test stack's by default. */
  gatewayUrl?: string;
  token?: string | null;
  /** A JSON body (an operation, or an array for a batch); or `raw` to send as it is. */
  body?: unknown;
  raw?: { contentType: string; text: string };
  method?: 'GET' | 'POST';
  /** Query-string parameters for a GET. */
  params?: Record<string, string>;
  headers?: Record<string, string>;
}

/** One HTTP request to /graphql, answering with the status and headers as well as the body. */
export async function gatewayRequest<TData = unknown>(request: GatewayRequest): Promise<GatewayResponse<TData>> {
  const url = new URL('/graphql', request.gatewayUrl ?? testStack().gatewayUrl);
  for (const [name, value] of Object.entries(request.params ?? {})) url.searchParams.set(name, value);
  const headers: Record<string, string> = {
    ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
    ...request.headers,
  };
  let body: string | undefined;
  if (request.raw) {
    headers['content-type'] = request.raw.contentType;
    body = request.raw.text;
  } else if (request.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.body);
  }
  const response = await fetch(url, { method: request.method ?? 'POST', headers, body });
  const text = await response.text();
  let parsed: Omit<GatewayResponse<TData>, 'status' | 'headers'>;
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new Error(`the gateway answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, headers: response.headers, ...parsed };
}

type OperationOptions = Omit<GatewayRequest, 'token' | 'body'>;

/** Posts one operation from `test/gql` as `token`; its result and variables are typed by the document. */
export function operation<TResult, TVariables>(
  token: string | null,
  document: TypedDocumentNode<TResult, TVariables>,
  ...[options]: Record<string, never> extends TVariables
    ? [options?: OperationOptions & { variables?: NoInfer<TVariables> }]
    : [options: OperationOptions & { variables: NoInfer<TVariables> }]
): Promise<GatewayResponse<TResult>> {
  const { variables, ...rest } = options ?? {};
  return gatewayRequest<TResult>({ ...rest, token, body: { query: print(document), variables } });
}

/**
 * The exception: posts one document as text, for what the gateway must refuse and no typed
 * document can be: documents built at run time to break a limit, a syntax error, a misspelt
 * field, introspection. Use `operation` whenever a document can be written in `test/gql`.
 */
export function operationRaw(
  token: string | null,
  text: string,
  options: OperationOptions & { variables?: Record<string, unknown> } = {},
): Promise<GatewayResponse> {
  const { variables, ...rest } = options;
  return gatewayRequest({ ...rest, token, body: { query: text, variables } });
}
