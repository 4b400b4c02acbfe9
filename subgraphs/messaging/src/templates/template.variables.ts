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
  'invoice.number': 'INV-2026-0042',
  'invoice.total': '120.00 EUR',
  'invoice.amountDue': '120.00 EUR',
  'invoice.dueDate': '2026-12-31',
  'endpoint.url': 'https://example.com/webhooks',
  failingSince: '2026-12-30T12:00:00Z',
};

/** Every variable, empty: what a notice starts from before it fills those it knows. */
export function blankVariables(): Record<string, null> {
  return Object.fromEntries(Object.keys(TEMPLATE_VARIABLES).map((name) => [name, null]));
}

/** Each variable's path, split once: a bulk send builds the object below for every recipient. */
const pathParts = new Map<string, string[]>();

/** A nested object holding each variable at its dotted path, e.g. `{ customer: { name } }`. */
export function variablesObject(flat: Record<string, string | null | undefined>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const path in flat) {
    const value = flat[path];
    if (value === undefined) continue;
    let parts = pathParts.get(path);
    if (!parts) {
      parts = path.split('.');
      pathParts.set(path, parts);
    }
    let node = root;
    for (let i = 0; i < parts.length - 1; i++) {
      node = (node[parts[i]!] ??= {}) as Record<string, unknown>;
    }
    node[parts[parts.length - 1]!] = value ?? '';
  }
  return root;
}
