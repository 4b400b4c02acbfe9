import {
  DEVELOPMENT_SIGNING_KEY_ENCRYPTION_KEY,
  SigningKeyCipher,
  TokenService,
  parseEncryptionKey,
} from '@clientele/accounts';
import { type OperatorRole, newId } from '@clientele/subgraph-kit';
import { createHash } from 'node:crypto';
import { type KeyLike, decodeJwt, exportSPKI, generateKeyPair, importJWK } from 'jose';
import { graphql } from '../gql';
import { authRequest, cookieFrom, eventually, query } from '../support/api';
import { database } from '../support/databases';
import { testStack } from '../support/env';
import { type TenantSeed, seed } from '../support/seed';
import {
  REFUSED,
  TARGETS,
  type Target,
  type Verdict,
  freshClaims,
  headerOf,
  mint,
  signingKey,
  tampered,
  unsigned,
  verdict,
} from '../support/tokens';

const ACCEPTED: Verdict = { status: 200, codes: [], answered: true };

/** A revoked session may still be trusted from a subgraph's five-second cache of live sessions, no longer. */
const REVOCATION_DEADLINE_MS = 6_000;

function now(): number {
  return Math.floor(Date.now() / 1000);
}

async function expectAcceptedEverywhere(token: string): Promise<void> {
  for (const target of TARGETS) expect({ target, ...(await verdict(target, token)) }).toEqual({ target, ...ACCEPTED });
}

/** Waits until every target refuses every token, failing if one still answers after the deadline. */
async function expectRefusedEverywhereWithin(tokens: string[], since: number): Promise<void> {
  for (const token of tokens) {
    for (const target of TARGETS) {
      const last = await eventually(
        async () => {
          const answer = await verdict(target, token);
          return answer.answered && Date.now() - since < REVOCATION_DEADLINE_MS ? null : answer;
        },
        `${target} to refuse the token`,
        REVOCATION_DEADLINE_MS + 1_000,
      );
      expect({ target, ...last }).toEqual({ target, ...REFUSED });
    }
  }
}

async function signInWithCookie(email: string, password: string): Promise<{ cookie: string; accessToken: string }> {
  const response = await authRequest('/auth/sign-in', { email, password });
  const cookie = cookieFrom(response.setCookie, 'clientele_session');
  if (response.status !== 200 || !cookie) throw new Error(`sign-in failed with ${response.status}`);
  return { cookie, accessToken: response.body!.accessToken as string };
}

const SESSION_EXPIRED = { status: 401, body: { error: { code: 'SESSION_EXPIRED' } } };

const IMPERSONATE = graphql(`
  mutation TokenAttacksImpersonate($input: CustomerImpersonateInput!) {
    customerImpersonate(input: $input) {
      session {
        accessToken
      }
      userErrors {
        code
      }
    }
  }
`);

describe('forged and altered access tokens', () => {
  let tenant: TenantSeed;
  let otherPartnerId: string;
  let customerId: string;
  /** A real portal session (an operator logged in as a customer), to mint portal tokens beside. */
  let portalToken: string;

  beforeAll(async () => {
    const other = await seed.partner();
    tenant = await seed.partner();
    otherPartnerId = other.partnerId;
    customerId = (await tenant.customer()).id;
    const started = await query(tenant.owner.token, IMPERSONATE, {
      input: { customerId, password: tenant.owner.password },
    });
    portalToken = started.customerImpersonate.session!.accessToken;
  }, 60_000);

  it('should accept a token minted in the test with the real key and a real token’s claims, everywhere', async () => {
    // The attacks below each change one thing about such a token; this shows the rest is valid.
    await expectAcceptedEverywhere(await mint(freshClaims(tenant.owner.token)));
    await expectAcceptedEverywhere(await mint(freshClaims(portalToken)));
  });

  const attacks: [string, () => Promise<string>][] = [
    [
      'with alg none and a real token’s claims',
      () =>
        Promise.resolve(
          unsigned(freshClaims(tenant.owner.token), { kid: headerOf(tenant.owner.token).kid, typ: 'at+jwt' }),
        ),
    ],
    [
      'signed with a freshly generated ES256 key under the real key’s kid',
      async () => {
        const { privateKey } = await generateKeyPair('ES256');
        const header = { alg: 'ES256', kid: (await signingKey()).kid, typ: 'at+jwt' };
        return mint(freshClaims(tenant.owner.token), { key: privateKey, header });
      },
    ],
    [
      'signed with HS256 using the published public key (PEM) as the secret',
      async () => {
        const { kid, publicJwk } = await signingKey();
        const pem = await exportSPKI((await importJWK(publicJwk, 'ES256')) as KeyLike);
        const header = { alg: 'HS256', kid, typ: 'at+jwt' };
        return mint(freshClaims(tenant.owner.token), { key: new TextEncoder().encode(pem), header });
      },
    ],
    [
      'signed with HS256 using the published public key (JWK) as the secret',
      async () => {
        const { kid, publicJwk } = await signingKey();
        const header = { alg: 'HS256', kid, typ: 'at+jwt' };
        return mint(freshClaims(tenant.owner.token), {
          key: new TextEncoder().encode(JSON.stringify(publicJwk)),
          header,
        });
      },
    ],
    ['for another audience', async () => mint(freshClaims(tenant.owner.token, { aud: 'some-other-api' }))],
    ['from another issuer', async () => mint(freshClaims(tenant.owner.token, { iss: 'https://issuer.example' }))],
    ['that has expired', async () => mint(freshClaims(tenant.owner.token, { iat: now() - 1_200, exp: now() - 600 }))],
    [
      'whose partner was changed after signing',
      () => Promise.resolve(tampered(tenant.owner.token, { pid: otherPartnerId })),
    ],
    [
      'whose role was changed after signing',
      async () => tampered(await tenant.operator('READ_ONLY').then((op) => op.token), { role: 'OWNER' }),
    ],
    [
      'without the at+jwt type in its header',
      async () => mint(freshClaims(tenant.owner.token), { header: { alg: 'ES256', kid: (await signingKey()).kid } }),
    ],
    [
      'for a portal session that does not exist',
      async () => mint(freshClaims(portalToken, { sid: newId(), jti: newId() })),
    ],
  ];

  it.each(attacks)('should refuse a token %s at the gateway and at every subgraph', async (_title, make) => {
    const token = await make();

    for (const target of TARGETS) {
      expect({ target, ...(await verdict(target, token)) }).toEqual({ target, ...REFUSED });
    }
  });
});

describe('refresh tokens and sessions', () => {
  it('should end the whole session when a spent refresh token is presented again after the grace window', async () => {
    const tenant = await seed.partner();
    const first = await signInWithCookie(tenant.owner.email, tenant.owner.password);
    const refreshed = await authRequest('/auth/refresh', {}, { cookie: first.cookie });
    const second = {
      cookie: cookieFrom(refreshed.setCookie, 'clientele_session'),
      accessToken: refreshed.body?.accessToken as string,
    };
    expect(refreshed.status).toBe(200);
    expect(second.cookie).toEqual(expect.stringMatching(/^clientele_session=./));
    expect(second.cookie).not.toBe(first.cookie);
    // Both tokens work, and the subgraphs now hold the session as live in their cache.
    await expectAcceptedEverywhere(first.accessToken);
    await expectAcceptedEverywhere(second.accessToken);

    // As if the grace window for a repeated refresh (30 s) had passed since the first was spent.
    await (
      await database('accounts')
    ).query(`UPDATE accounts.refresh_tokens SET used_at = now() - interval '31 seconds' WHERE token_hash = $1`, [
      createHash('sha256')
        .update(first.cookie.slice(first.cookie.indexOf('=') + 1))
        .digest(),
    ]);
    const reused = await authRequest('/auth/refresh', {}, { cookie: first.cookie });
    const revokedAt = Date.now();
    const successor = await authRequest('/auth/refresh', {}, { cookie: second.cookie! });

    expect(reused).toMatchObject(SESSION_EXPIRED);
    expect(successor).toMatchObject(SESSION_EXPIRED);
    await expectRefusedEverywhereWithin([first.accessToken, second.accessToken], revokedAt);
  });

  it('should end the session on sign-out, for its refresh token and its access tokens', async () => {
    const tenant = await seed.partner();
    const session = await signInWithCookie(tenant.owner.email, tenant.owner.password);
    await expectAcceptedEverywhere(session.accessToken);

    const signOut = await authRequest('/auth/sign-out', {}, { cookie: session.cookie });
    const signedOutAt = Date.now();
    const refresh = await authRequest('/auth/refresh', {}, { cookie: session.cookie });

    expect(signOut.status).toBe(204);
    expect(refresh).toMatchObject(SESSION_EXPIRED);
    await expectRefusedEverywhereWithin([session.accessToken], signedOutAt);
  });
});

/** Rotates the platform's signing key as operations would, returning something to issue tokens with the new one. */
async function rotateSigningKey(like: string): Promise<{ newKid: string; issue: () => Promise<string> }> {
  const claims = decodeJwt<{ pid: string; role: OperatorRole; sid: string }>(like);
  // The test stack runs with the development encryption key, as every non-production start may.
  const tokens = new TokenService(
    await database('accounts'),
    { issuer: claims.iss!, audience: claims.aud as string, accessTokenTtlSeconds: 900 },
    new SigningKeyCipher(parseEncryptionKey(DEVELOPMENT_SIGNING_KEY_ENCRYPTION_KEY)),
  );
  const newKid = await tokens.rotateKeys();
  // The service keeps signing with the old key for a while; mint with the new one directly.
  const issue = () => mint(freshClaims(like));
  return { newKid, issue };
}

async function eventuallyAccepted(target: Target, token: string, timeoutMs: number): Promise<Verdict> {
  return eventually(
    async () => {
      const answer = await verdict(target, token);
      return answer.answered ? answer : null;
    },
    `${target} to accept a token signed with the new key`,
    timeoutMs,
  );
}

describe('signing key rotation', () => {
  let tenant: TenantSeed;

  beforeAll(async () => {
    tenant = await seed.partner();
  });

  // A rotation can leave a verifier on the old keys for up to 30 s: wait that out here, so that the
  // tests that run next are not refused tokens signed with the new key.
  afterAll(async () => {
    const current = await mint(freshClaims(tenant.owner.token));
    for (const target of TARGETS) await eventuallyAccepted(target, current, 45_000);
  }, 60_000);

  it('should accept tokens signed with the new key everywhere, and still those signed with the old one', async () => {
    const oldToken = tenant.owner.token;

    const { newKid, issue } = await rotateSigningKey(oldToken);
    const newToken = await issue();

    expect(headerOf(newToken).kid).toBe(newKid);
    // A verifier refetches the published keys when it meets an unknown kid, but at most every 30 s;
    // accounts first, since it publishes the new key only once it has reloaded its own.
    for (const target of ['accounts', 'gateway', 'billing', 'messaging'] satisfies Target[]) {
      expect({ target, ...(await eventuallyAccepted(target, newToken, 45_000)) }).toEqual({ target, ...ACCEPTED });
    }
    await expectAcceptedEverywhere(oldToken);
    const jwks = (await (await fetch(`${testStack().subgraphUrls.accounts}/.well-known/jwks.json`)).json()) as {
      keys: { kid: string }[];
    };
    expect(jwks.keys.map((key) => key.kid)).toEqual(expect.arrayContaining([headerOf(oldToken).kid, newKid]));
  }, 120_000);

  it('should keep signing with the old key right after a rotation, so a sign-in is accepted everywhere even where keys were just fetched', async () => {
    // A kid nobody publishes makes each verifier fetch the published keys now.
    const { privateKey } = await generateKeyPair('ES256');
    const unknownKid = await mint(freshClaims(tenant.owner.token), {
      key: privateKey,
      header: { alg: 'ES256', kid: newId(), typ: 'at+jwt' },
    });
    for (const target of TARGETS)
      expect({ target, ...(await verdict(target, unknownKid)) }).toEqual({ target, ...REFUSED });

    const { newKid, issue } = await rotateSigningKey(tenant.owner.token);
    await eventuallyAccepted('accounts', await issue(), 10_000);
    const { accessToken } = await signInWithCookie(tenant.owner.email, tenant.owner.password);

    // The new key is published at once but signs only after every verifier can have fetched it.
    expect(headerOf(accessToken).kid).not.toBe(newKid);
    await expectAcceptedEverywhere(accessToken);
  }, 120_000);
});
