import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { testStack } from './env';

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

export interface SignInResult {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  viewer: { id: string; email: string; name: string; kind: string; role: string };
}

/** Posts JSON to an /auth endpoint at the gateway, with optional cookie and bearer token. */
export async function authRequest(
  path: string,
  body: unknown = {},
  options: { cookie?: string; token?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> | null; setCookie: string[]; headers: Headers }> {
  const response = await fetch(`${testStack().gatewayUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    setCookie: response.headers.getSetCookie(),
    headers: response.headers,
  };
}

/** The `name=value` part of a Set-Cookie header for a cookie, for sending it back. */
export function cookieFrom(setCookie: string[], name: string): string | null {
  const header = setCookie.find((value) => value.startsWith(`${name}=`));
  return header ? header.split(';')[0]! : null;
}

/** Exchanges an API key for an access token (client credentials). */
export async function exchangeApiKey(secret: string): Promise<string> {
  const { status, body } = await authRequest('/auth/token', {
    grant_type: 'client_credentials',
    client_secret: secret,
  });
  if (status !== 200) throw new Error(`API key exchange failed with ${status}: ${JSON.stringify(body)}`);
  return body!.access_token as string;
}

export async function signInResponse(email: string, password: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${testStack().gatewayUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return { status: response.status, body: await response.json() };
}

export async function signIn(email: string, password: string): Promise<string> {
  const { status, body } = await signInResponse(email, password);
  if (status !== 200) throw new Error(`sign-in as ${email} failed with ${status}: ${JSON.stringify(body)}`);
  return (body as SignInResult).accessToken;
}

/**
 * The variables argument of an operation: required when the operation has a required variable,
 * optional when it has none or all are optional.
 */
export type VariablesArgument<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

async function post<TData>(
  url: string,
  token: string | null,
  text: string,
  variables: unknown,
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: text, variables: variables ?? {} }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...body };
}

/**
 * Posts an operation from `test/gql` to the gateway; its result and variables are typed by the
 * document. (Not named `graphql`: that is the function the documents are written with.)
 */
export function execute<TResult, TVariables>(
  token: string | null,
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: VariablesArgument<NoInfer<TVariables>>
): Promise<GraphQLResponse<TResult>> {
  return post<TResult>(`${testStack().gatewayUrl}/graphql`, token, print(document), variables);
}

/** Like `execute` but fails the test on any error, returning the data. */
export async function query<TResult, TVariables>(
  token: string,
  document: TypedDocumentNode<TResult, TVariables>,
  ...[variables]: VariablesArgument<NoInfer<TVariables>>
): Promise<TResult> {
  const result = await post<TResult>(`${testStack().gatewayUrl}/graphql`, token, print(document), variables);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/**
 * The exception: posts a document as text, to `url` (the gateway by default, or a subgraph
 * directly), for what is not an operation of the public schema: `_entities` and `_service` sent
 * straight to a subgraph, documents built at run time. Nothing checks the text or the data's
 * type, so use `execute` whenever a document can be written in `test/gql`.
 */
export function executeRaw<TData = Record<string, unknown>>(
  token: string | null,
  text: string,
  variables: Record<string, unknown> = {},
  url = `${testStack().gatewayUrl}/graphql`,
): Promise<GraphQLResponse<TData>> {
  return post<TData>(url, token, text, variables);
}

export async function eventually<T>(
  probe: () => Promise<T | null | undefined>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
