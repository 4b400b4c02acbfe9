import { authRequest, cookieFrom } from '../support/api';
import { seed } from '../support/seed';

/** A Set-Cookie header's attributes, by lower-case name (`httponly: true`, `path: '/auth'`). */
function attributesOf(setCookie: string[], name: string): Record<string, string | true> | null {
  const header = setCookie.find((value) => value.startsWith(`${name}=`));
  if (!header) return null;
  const [, ...parts] = header.split(';').map((part) => part.trim());
  return Object.fromEntries(
    parts.map((part) => {
      const [key, ...value] = part.split('=');
      return [key!.toLowerCase(), value.length > 0 ? value.join('=') : true];
    }),
  );
}

const TWELVE_HOURS_MS = 12 * 3600 * 1000;

describe('the refresh cookie', () => {
  it('should be HttpOnly, SameSite=Strict, scoped to /auth and expire with the refresh token, on sign-in and on refresh', async () => {
    const tenant = await seed.partner();
    const signedInAt = Date.now();

    const signedIn = await authRequest('/auth/sign-in', { email: tenant.owner.email, password: tenant.owner.password });
    const refreshed = await authRequest(
      '/auth/refresh',
      {},
      { cookie: cookieFrom(signedIn.setCookie, 'clientele_session')! },
    );

    expect(signedIn.status).toBe(200);
    expect(refreshed.status).toBe(200);
    for (const { setCookie } of [signedIn, refreshed]) {
      const attributes = attributesOf(setCookie, 'clientele_session');
      expect(attributes).toMatchObject({ httponly: true, samesite: 'Strict', path: '/auth' });
      // The shared stack is not production: there the cookie is also Secure.
      expect(attributes).not.toHaveProperty('secure');
      const expires = new Date(attributes!.expires as string).getTime();
      // Expires is to the second.
      expect(expires).toBeGreaterThanOrEqual(signedInAt + TWELVE_HOURS_MS - 1000);
      expect(expires).toBeLessThanOrEqual(Date.now() + TWELVE_HOURS_MS);
    }
    expect(cookieFrom(refreshed.setCookie, 'clientele_session')).not.toBe(
      cookieFrom(signedIn.setCookie, 'clientele_session'),
    );
  });

  it('should be cleared on sign-out, on the same path', async () => {
    const tenant = await seed.partner();
    const signedIn = await authRequest('/auth/sign-in', { email: tenant.owner.email, password: tenant.owner.password });

    const signedOut = await authRequest(
      '/auth/sign-out',
      {},
      { cookie: cookieFrom(signedIn.setCookie, 'clientele_session')! },
    );

    expect(attributesOf(signedOut.setCookie, 'clientele_session')).toMatchObject({
      httponly: true,
      samesite: 'Strict',
      path: '/auth',
      'max-age': '0',
    });
    expect(cookieFrom(signedOut.setCookie, 'clientele_session')).toBe('clientele_session=');
  });
});
