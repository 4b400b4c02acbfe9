import type { ApiKeyScope } from '../gql/graphql';

export type ScopeGroup = { title: string; scopes: { scope: ApiKeyScope; hint: string }[] };

export const scopeGroups: readonly ScopeGroup[] = [
  {
    title: 'Read',
    scopes: [
      { scope: 'CUSTOMERS_READ', hint: 'Accounts and their members.' },
      { scope: 'BILLING_READ', hint: 'Balances and the ledger.' },
      { scope: 'MESSAGING_READ', hint: 'Messages sent to customers.' },
    ],
  },
  {
    title: 'Write',
    scopes: [
      { scope: 'CUSTOMERS_WRITE', hint: 'Create and change accounts.' },
      { scope: 'BILLING_WRITE', hint: 'Credits and charges.' },
      { scope: 'MESSAGING_SEND', hint: 'Send emails and SMS.' },
    ],
  },
];

const scopeLabels: Record<ApiKeyScope, string> = {
  CUSTOMERS_READ: 'Customers read',
  CUSTOMERS_WRITE: 'Customers write',
  BILLING_READ: 'Billing read',
  BILLING_WRITE: 'Billing write',
  MESSAGING_READ: 'Messaging read',
  MESSAGING_SEND: 'Messaging send',
};

export function scopeLabel(scope: ApiKeyScope): string {
  return scopeLabels[scope] ?? scope;
}
