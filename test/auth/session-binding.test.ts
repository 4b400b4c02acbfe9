import { graphql } from '../gql';
import { query } from '../support/api';
import { type TenantSeed, seed } from '../support/seed';
import { REFUSED, TARGETS, type Verdict, freshClaims, mint, verdict } from '../support/tokens';
import { decodeJwt } from 'jose';

/**
 * Validly signed tokens (minted with the platform's real key) whose claims do not match the live
 * session they name, that name no session, or that were issued in the future: refused by the
 * gateway and by every subgraph on its own.
 */

const ACCEPTED: Verdict = { status: 200, codes: [], answered: true };

function now(): number {
  return Math.floor(Date.now() / 1000);
}

async function expectEverywhere(token: string, expected: Verdict): Promise<void> {
  for (const target of TARGETS) expect({ target, ...(await verdict(target, token)) }).toEqual({ target, ...expected });
}

const IMPERSONATE = graphql(`
  mutation SessionBindingImpersonate($input: CustomerImpersonateInput!) {
    customerImpersonate(input: $input) {
      session {
        accessToken
      }
    }
  }
`);

function withoutSid(token: string): Record<string, unknown> {
  const { sid: _sid, ...claims } = freshClaims(token);
  return claims;
}

describe('a token bound to its session', () => {
  let victim: TenantSeed;
  let attacker: TenantSeed;
  let portalToken: string;
  let otherCustomerId: string;

  beforeAll(async () => {
    victim = await seed.partner();
    attacker = await seed.partner();
    const customerId = (await attacker.customer()).id;
    otherCustomerId = (await attacker.customer()).id;
    const started = await query(attacker.owner.token, IMPERSONATE, {
      input: { customerId, password: attacker.owner.password },
    });
    portalToken = started.customerImpersonate.session!.accessToken;
    // Every verifier has just seen the victim's session live, so a cached "yes" would be found too.
    await expectEverywhere(victim.owner.token, ACCEPTED);
  }, 60_000);

  it('should refuse an operator token naming another partner’s live session, at the gateway and every subgraph', async () => {
    const victimSession = decodeJwt(victim.owner.token).sid;

    const borrowed = await mint(freshClaims(attacker.owner.token, { sid: victimSession }));

    await expectEverywhere(borrowed, REFUSED);
  });

  it('should refuse an operator token that claims another partner for its own live session', async () => {
    await expectEverywhere(await mint(freshClaims(attacker.owner.token)), ACCEPTED);

    const otherPartner = await mint(freshClaims(attacker.owner.token, { pid: victim.partnerId }));

    await expectEverywhere(otherPartner, REFUSED);
  });

  it('should refuse a portal token that names another customer for its live session', async () => {
    await expectEverywhere(await mint(freshClaims(portalToken)), ACCEPTED);

    const otherCustomer = await mint(freshClaims(portalToken, { cid: otherCustomerId, sub: otherCustomerId }));

    await expectEverywhere(otherCustomer, REFUSED);
  });

  it('should refuse a platform token that names an operator’s live session', async () => {
    const staff = await seed.platformStaff('PLATFORM_VIEWER');
    await expectEverywhere(await mint(freshClaims(staff.token)), ACCEPTED);

    const borrowed = await mint(freshClaims(staff.token, { sid: decodeJwt(victim.owner.token).sid }));

    await expectEverywhere(borrowed, REFUSED);
  });
});

describe('tokens without a session or from the future', () => {
  let tenant: TenantSeed;

  beforeAll(async () => {
    tenant = await seed.partner();
  });

  it('should refuse an operator token without a session id everywhere', async () => {
    await expectEverywhere(await mint(withoutSid(tenant.owner.token)), REFUSED);
  });

  it('should refuse a platform token without a session id everywhere', async () => {
    const staff = await seed.platformStaff('PLATFORM_VIEWER');

    await expectEverywhere(await mint(withoutSid(staff.token)), REFUSED);
  });

  it('should refuse a token issued an hour from now everywhere, and accept one within the clock skew', async () => {
    const future = await mint(freshClaims(tenant.owner.token, { iat: now() + 3_600, exp: now() + 3_900 }));
    const slightlyAhead = await mint(freshClaims(tenant.owner.token, { iat: now() + 30 }));

    await expectEverywhere(future, REFUSED);
    await expectEverywhere(slightlyAhead, ACCEPTED);
  });
});
