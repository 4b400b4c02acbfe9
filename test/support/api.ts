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

/** Posts a GraphQL operation to `url` (the gateway by default, or a subgraph directly). */
export async function graphql<TData>(
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  url = `${testStack().gatewayUrl}/graphql`,
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...body };
}

/** Like `graphql` but fails the test on any error, returning the data. */
export async function query<TData>(
  token: string,
  text: string,
  variables: Record<string, unknown> = {},
): Promise<TData> {
  const result = await graphql<TData>(token, text, variables);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
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
