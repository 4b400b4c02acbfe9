import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { SessionKind } from '../credentials';

/** The admin app and the portal keep separate sessions, so each has its own refresh cookie. */
export interface Surface {
  cookie: string;
  path: string;
  kinds: readonly SessionKind[];
}

export const ADMIN: Surface = { cookie: 'clientele_session', path: '/auth', kinds: ['operator', 'platform'] };
export const PORTAL: Surface = { cookie: 'clientele_portal_session', path: '/auth/portal', kinds: ['member'] };

/** The refresh cookie: httpOnly, SameSite=Strict, scoped to its surface's /auth path. */
export class SessionCookies {
  constructor(private readonly secure: boolean) {}

  set(res: Response, surface: Surface, token: string, expiresAt: Date): void {
    res.append('set-cookie', this.serialize(surface, token, { expires: expiresAt }));
  }

  clear(res: Response, surface: Surface): void {
    res.append('set-cookie', this.serialize(surface, '', { maxAge: 0 }));
  }

  read(req: Request, surface: Surface): string | undefined {
    return parseCookies(req.header('cookie') ?? '')[surface.cookie];
  }

  private serialize(surface: Surface, value: string, lifetime: { expires?: Date; maxAge?: number }): string {
    return serializeCookie(surface.cookie, value, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.secure,
      path: surface.path,
      ...lifetime,
    });
  }
}
