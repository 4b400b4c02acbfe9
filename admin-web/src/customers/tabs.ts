import type { Permission } from '../platform/viewer';
import type { CustomerTab } from './urls';

export type CustomerTabEntry = {
  tab: CustomerTab;
  label: string;
  /** Shown only to a viewer who has it. */
  permission?: Permission;
};

/**
 * The customer page's sections in order. A section is listed once the API behind it exists,
 * so the page never offers a tab that can only say "not yet".
 */
export const customerTabEntries: readonly CustomerTabEntry[] = [
  { tab: 'overview', label: 'Overview' },
  { tab: 'members', label: 'Members' },
  { tab: 'notes', label: 'Notes' },
  { tab: 'tags', label: 'Tags' },
  { tab: 'activity', label: 'Activity' },
  { tab: 'credits', label: 'Credits', permission: 'billing:read' },
  { tab: 'services', label: 'Services', permission: 'billing:read' },
  { tab: 'invoices', label: 'Invoices', permission: 'billing:read' },
  { tab: 'quotes', label: 'Quotes', permission: 'billing:read' },
  { tab: 'messages', label: 'Messages', permission: 'messaging:read' },
];
