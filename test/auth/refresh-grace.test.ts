import { createHash } from 'node:crypto';
import { authRequest, cookieFrom, execute } from '../support/api';
import { database } from '../support/databases';
import { seed } from '../support/seed';
import { graphql } from '../gql';

/**
 * A refresh token is good once, but for 30 seconds after it is spent it answers again with the
 * same successor (while that successor is unspent), so a client that retries a lost response or
 * refreshes from two tabs stays signed in. Time is moved by backdating the spend in the database.
 */

const VIEWER = graphql(`
  query RefreshGraceViewer {
    viewer {
      id
    }
  }
`);

const SESSION_EXPIRED = { status: 401, body: { error: { code: 'SESSION_EXPIRED' } } };

async function signInCookie(email: string, password: string): Promise<string> {
  const response = await authRequest('/auth/sign-in', { email, password });
  const cookie = cookieFrom(response.setCookie, 'clientele_session');
  if (response.status !== 200 || !cookie) throw new Error(`sign-in failed with ${response.status}`);
  return cookie;
}

async function refresh(cookie: string) {
  const response = await authRequest('/auth/refresh', {}, { cookie });
  return { ...response, cookie: cookieFrom(response.setCookie, 'clientele_session') };
}

/** Moves the moment a refresh token was spent into the past, as if that much time had gone by. */
async function spentSecondsAgo(cookie: string, seconds: number): Promise<void> {
  const token = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));
  await (
    await database('accounts')
  ).query(`UPDATE accounts.refresh_tokens SET used_at = now() - make_interval(secs => $2) WHERE token_hash = $1`, [
    createHash('sha256').update(token).digest(),
    seconds,
  ]);
}

describe('refresh grace window', () => {
  it('should answer 5 concurrent refreshes with one cookie with the same successor, and keep the session', async () => {
    const tenant = await seed.partner();
    const cookie = await signInCookie(tenant.owner.email, tenant.owner.password);

    const answers = await Promise.all(Array.from({ length: 5 }, () => refresh(cookie)));

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    const successors = new Set(answers.map((answer) => answer.cookie));
    expect(successors.size).toBe(1);
    const [successor] = successors;
    expect(successor).not.toBe(cookie);
    for (const answer of answers) {
      expect((await execute(answer.body!.accessToken as string, VIEWER)).status).toBe(200);
    }
    expect((await refresh(successor!)).status).toBe(200);
  });

  it('should end the session when a spent token comes back after the grace window', async () => {
    const tenant = await seed.partner();
    const first = await signInCookie(tenant.owner.email, tenant.owner.password);
    const second = await refresh(first);

    await spentSecondsAgo(first, 31);
    const late = await refresh(first);
    const successor = await refresh(second.cookie!);

    expect(second.status).toBe(200);
    expect(late).toMatchObject(SESSION_EXPIRED);
    expect(successor).toMatchObject(SESSION_EXPIRED);
    expect((await execute(second.body!.accessToken as string, VIEWER)).status).toBe(401);
  });

  it('should end the session when a spent token comes back within the window after its successor was spent', async () => {
    const tenant = await seed.partner();
    const first = await signInCookie(tenant.owner.email, tenant.owner.password);
    const second = await refresh(first);
    const third = await refresh(second.cookie!);

    const replayed = await refresh(first);

    expect(third.status).toBe(200);
    expect(replayed).toMatchObject(SESSION_EXPIRED);
    expect(await refresh(third.cookie!)).toMatchObject(SESSION_EXPIRED);
  });
});
