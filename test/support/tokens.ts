import { DEVELOPMENT_SIGNING_KEY_ENCRYPTION_KEY, SigningKeyCipher, parseEncryptionKey } from '@clientele/accounts';
import { newId } from '@clientele/subgraph-kit';
import { type JWK, type JWTPayload, type KeyLike, SignJWT, decodeJwt, decodeProtectedHeader, importJWK } from 'jose';
import { print } from 'graphql';
import { graphql } from '../gql';
import { type GraphQLResponse, execute, executeRaw } from './api';
import { database } from './databases';
import { testStack } from './env';

/**
 * Access tokens made in the test, for attacking the verifiers: minted with the platform's real
 * signing key (read from the accounts database), forged, or edited after signing.
 */

export interface SigningKey {
  kid: string;
  privateKey: KeyLike | Uint8Array;
  publicJwk: JWK;
}

/** The test stack encrypts signing keys with the development key, as any non-production start may. */
export const developmentCipher = new SigningKeyCipher(parseEncryptionKey(DEVELOPMENT_SIGNING_KEY_ENCRYPTION_KEY));

/** The key accounts signs with now: the newest one not retired, decrypted. */
export async function signingKey(): Promise<SigningKey> {
  const [row] = await (
    await database('accounts')
  ).query<{ kid: string; private_key_ciphertext: Buffer; encryption_key_id: string; public_jwk: JWK }[]>(
    `SELECT kid, private_key_ciphertext, encryption_key_id, public_jwk FROM accounts.signing_keys
      WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1`,
  );
  if (!row) throw new Error('no active signing key');
  const privateJwk = developmentCipher.decrypt(
    { ciphertext: row.private_key_ciphertext, keyId: row.encryption_key_id },
    row.kid,
  );
  return { kid: row.kid, privateKey: await importJWK(privateJwk, 'ES256'), publicJwk: row.public_jwk };
}

export interface MintOptions {
  /** The protected header; `{ alg: 'ES256', kid, typ: 'at+jwt' }` unless replaced. */
  header?: Record<string, unknown>;
  key?: KeyLike | Uint8Array;
}

/** Signs `payload` as given (no claims added), with the real key and header unless told otherwise. */
export async function mint(payload: JWTPayload, options: MintOptions = {}): Promise<string> {
  const real = await signingKey();
  const header = options.header ?? { alg: 'ES256', kid: real.kid, typ: 'at+jwt' };
  return new SignJWT(payload).setProtectedHeader(header as { alg: string }).sign(options.key ?? real.privateKey);
}

/** A real token's claims with fresh times, to edit one thing at a time. */
export function freshClaims(token: string, changes: JWTPayload = {}): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  return { ...decodeJwt(token), iat: now, exp: now + 300, ...changes };
}

export function headerOf(token: string): Record<string, unknown> {
  return decodeProtectedHeader(token);
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A token with `alg: none`: header and payload, and an empty signature. */
export function unsigned(payload: JWTPayload, header: Record<string, unknown> = {}): string {
  return `${base64url({ ...header, alg: 'none' })}.${base64url(payload)}.`;
}

/** A real token whose payload was changed after signing; the header and signature are kept. */
export function tampered(token: string, changes: JWTPayload): string {
  const [header, , signature] = token.split('.');
  return `${header}.${base64url({ ...decodeJwt(token), ...changes })}.${signature}`;
}

/** Where a token is presented: the gateway, and each subgraph called directly. */
export const TARGETS = ['gateway', 'accounts', 'billing', 'messaging'] as const;
export type Target = (typeof TARGETS)[number];

const VIEWER = graphql(`
  query TokenProbeViewer {
    viewer {
      id
    }
  }
`);
/** Not an operation of the public schema: billing and messaging are asked directly. */
const ENTITIES = `
  query TokenProbeEntities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
    }
  }
`;

/**
 * Presents a token at one target with a query that needs a caller: `viewer` at the gateway and at
 * accounts, `_entities` at billing and messaging (the only query they serve). Any customer id
 * does: a token is checked before anything is looked up.
 */
function presentToken(target: Target, token: string): Promise<GraphQLResponse<unknown>> {
  if (target === 'gateway') return execute(token, VIEWER);
  const url = `${testStack().subgraphUrls[target]}/graphql`;
  if (target === 'accounts') return executeRaw(token, print(VIEWER), {}, url);
  return executeRaw(token, ENTITIES, { representations: [{ __typename: 'Customer', id: newId() }] }, url);
}

export interface Verdict {
  status: number;
  codes: string[];
  /** Whether any data came back (null or absent means the query was not answered). */
  answered: boolean;
}

/** What a target said about a token, reduced to what a refusal check needs. */
export async function verdict(target: Target, token: string): Promise<Verdict> {
  const result = await presentToken(target, token);
  return {
    status: result.status,
    codes: (result.errors ?? []).map((error) => error.extensions?.code ?? '(none)'),
    answered: result.data !== null && result.data !== undefined,
  };
}

export const REFUSED: Verdict = { status: 401, codes: ['UNAUTHENTICATED'], answered: false };
