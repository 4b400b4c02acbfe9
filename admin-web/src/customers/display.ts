import type { MemberRole, PricingModel, RecipientStatus } from '../gql/graphql';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const currencyNames = new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'none' });

/** "GB" → "United Kingdom (GB)"; an unknown code is shown as given. */
export function countryLabel(code: string): string {
  const name = safely(() => regionNames.of(code));
  return name ? `${name} (${code})` : code;
}

export function currencyLabel(code: string): string {
  const name = safely(() => currencyNames.of(code));
  return name ? `${code} — ${name}` : code;
}

export const pricingModelLabels: Record<PricingModel, string> = {
  PREPAID: 'Prepaid',
  POSTPAID: 'Postpaid',
};

export const memberRoleLabels: Record<MemberRole, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  MEMBER: 'Member',
};

export const recipientStatusLabels: Record<RecipientStatus, string> = {
  FREE: 'Free',
  PAID: 'Paid',
  INACTIVE: 'Not a recipient',
};

function safely(read: () => string | undefined): string | undefined {
  try {
    return read();
  } catch {
    return undefined; // Not a well-formed code.
  }
}
