import type { ActorKind, MemberRole, PricingModel, RecipientStatus } from '../gql/graphql';
import { formatCount } from '../shared/format';

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

type ActorLike = { kind: ActorKind; name: string | null };

const actorKindFallbacks: Record<ActorKind, string> = {
  OPERATOR: 'A former operator',
  PLATFORM: 'Clientele staff',
  API_KEY: 'A revoked API key',
  PORTAL: 'A member',
  SERVICE: 'Clientele',
};

/** "Ada Lovelace", "API key “Billing sync”", "Ada (member)"; someone no longer known by kind. */
export function actorLabel(actor: ActorLike): string {
  if (!actor.name) return actorKindFallbacks[actor.kind];
  if (actor.kind === 'API_KEY') return `API key “${actor.name}”`;
  if (actor.kind === 'PLATFORM') return `${actor.name} (Clientele staff)`;
  if (actor.kind === 'PORTAL') return `${actor.name} (in the portal)`;
  return actor.name;
}

/** Who did it; an operator acting as the customer is named first, as the one responsible. */
export function activityWho(actor: ActorLike, impersonator: ActorLike | null): string {
  if (!impersonator) return actorLabel(actor);
  return `${actorLabel(impersonator)}, logged in as ${actor.name ?? 'the customer'}`;
}

const activityActions: Record<string, string> = {
  'customer.created': 'Created the customer',
  'customer.updated': 'Changed the details',
  'customer.contact-updated': 'Changed the contact details',
  'customer.account-number-changed': 'Changed the account number',
  'customer.suspended': 'Suspended',
  'customer.reenabled': 'Re-enabled',
  'customer.deactivated': 'Deactivated',
  'customer.reactivated': 'Reactivated',
  'customer.cancelled': 'Cancelled',
  'customer.cancellation-scheduled': 'Scheduled a cancellation',
  'customer.cancellation-withdrawn': 'Withdrew the cancellation',
  'customer.closed': 'Closed',
  'customer.restored': 'Restored',
  'customer.erased': 'Erased the personal data',
  'customer.ownership-transferred': 'Transferred ownership',
  'customer.note-created': 'Added a note',
  'customer.note-updated': 'Edited a note',
  'customer.note-deleted': 'Deleted a note',
  'customer.tags-added': 'Added tags',
  'customer.tags-removed': 'Removed tags',
  'member.created': 'Added a member',
  'member.updated': 'Changed a member',
  'member.deactivated': 'Deactivated a member',
  'member.reactivated': 'Reactivated a member',
  'member.invited': 'Invited a member to the portal',
  'member.password-reset-requested': 'Made a password reset link',
  'member.password-changed': 'Changed a portal password',
  'member.recipient-status-changed': 'Changed a recipient status',
  'impersonation.started': 'Logged in as the customer',
  'impersonation.ended': 'Ended logging in as the customer',
  'impersonation.mutation': 'Made a change while logged in as the customer',
};

/** "customer.tags-added" → "Added tags"; an action the app does not know yet is shown as the API names it. */
export function activityActionLabel(action: string): string {
  return activityActions[action] ?? action;
}

/** How sure a count is: exact, or a lower bound when counting further would cost too much. */
export type CountPrecisionValue = 'EXACT' | 'AT_LEAST';

/** "1 customer", "1,234 customers", or "10,000+ customers" when only a lower bound is known. */
export function customerCountLabel(count: number, precision: CountPrecisionValue = 'EXACT'): string {
  if (precision === 'AT_LEAST') return `${formatCount(count)}+ customers`;
  return `${formatCount(count)} ${count === 1 ? 'customer' : 'customers'}`;
}
