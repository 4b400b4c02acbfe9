/**
 * The variables a template may use, with an example of each for previews and for checking a
 * template when it is saved. Notices add their own (`link`, `reason`…); a send fills `customer`
 * from accounts.
 */
export const TEMPLATE_VARIABLES: Record<string, string> = {
  'customer.name': 'Ada Lovelace Ltd',
  'customer.accountNumber': '100042',
  'customer.email': 'ada@example.com',
  'customer.phone': '+447700900123',
  'customer.status': 'ACTIVE',
  'customer.balance': '12.50 EUR',
  'member.name': 'Ada Lovelace',
  'member.email': 'ada@example.com',
  'partner.name': 'Your provider',
  link: 'https://example.com/link',
  expiresAt: '2026-12-31T12:00:00Z',
  reason: 'Unpaid invoice',
  effectiveAt: '2026-12-31',
  threshold: '5.00 EUR',
  'endpoint.url': 'https://example.com/webhooks',
  failingSince: '2026-12-30T12:00:00Z',
};

/** Every variable, empty: what a notice starts from before it fills those it knows. */
export function blankVariables(): Record<string, null> {
  return Object.fromEntries(Object.keys(TEMPLATE_VARIABLES).map((name) => [name, null]));
}

/** A nested object holding each variable at its dotted path, e.g. `{ customer: { name } }`. */
export function variablesObject(flat: Record<string, string | null | undefined>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    if (value === undefined) continue;
    const parts = path.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]!] = value ?? '';
  }
  return root;
}
