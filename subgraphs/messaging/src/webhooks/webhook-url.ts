import { isIP } from 'node:net';

export type UrlEnvironment = 'development' | 'production' | 'test';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** IPv4 ranges no partner app lives at: loopback, private, link-local (cloud metadata), unspecified. */
function isInternalIPv4(host: string): boolean {
  const [a, b] = host.split('.').map(Number) as [number, number];
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

function isInternalHost(host: string): boolean {
  if (LOOPBACK_HOSTS.has(host) || host.endsWith('.localhost') || host.endsWith('.internal')) return true;
  if (isIP(host) === 4) return isInternalIPv4(host);
  // IPv6 literals come bracketed; none is a reasonable public webhook address to type by hand.
  return host.startsWith('[');
}

/**
 * Why a webhook URL is refused, or null when it may be used. Production wants HTTPS to a public
 * host; development and tests may also use plain HTTP on this machine, where their receivers run.
 * (A public name that resolves to an internal address is not caught here.)
 */
export function webhookUrlProblem(value: string, environment: UrlEnvironment): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full URL such as https://example.com/webhooks.';
  }
  if (url.username || url.password) return 'Leave user names and passwords out of the URL; each delivery is signed.';
  if (url.hash) return 'Leave the #fragment out of the URL.';
  const host = url.hostname.toLowerCase();
  if (url.protocol === 'https:') {
    return environment === 'production' && isInternalHost(host)
      ? 'Use the address of a public host; internal and loopback addresses are not reachable.'
      : null;
  }
  if (url.protocol === 'http:' && environment !== 'production' && LOOPBACK_HOSTS.has(host)) return null;
  return environment === 'production'
    ? 'Use an https:// URL.'
    : 'Use an https:// URL (plain http:// only to 127.0.0.1 or localhost outside production).';
}
