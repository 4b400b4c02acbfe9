import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Headers for every response: no MIME sniffing, no framing, no referrer sent elsewhere. HSTS only
 * when the request came over TLS (`req.secure`, which trusts X-Forwarded-Proto from the proxy on
 * this host): sent over plain HTTP it would pin a development machine's localhost to HTTPS.
 */
export function securityHeaders(): RequestHandler[] {
  const strictTransportSecurity = helmet.strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: true });
  return [
    helmet({
      contentSecurityPolicy: false,
      strictTransportSecurity: false,
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
    }),
    (req, res, next) => (req.secure ? strictTransportSecurity(req, res, next) : next()),
  ];
}

/**
 * The admin app's Content-Security-Policy: everything from this origin, no inline scripts or
 * styles, no plugins, never in a frame. Only for the app: Apollo's development landing page at
 * /graphql loads its sandbox from a CDN.
 */
export function adminAppPolicy(): RequestHandler {
  return helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  });
}
