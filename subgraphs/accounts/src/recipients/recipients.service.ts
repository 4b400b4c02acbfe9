import { type Caller, MAX_PAGE_SIZE } from '@clientele/subgraph-kit';
import type { CustomerContactSelection, CustomerService } from '../customers';
import type { MemberService } from '../members';
import type { OperatorService } from '../operators';

/** A customer as messaging addresses it, with the account holder's contact. */
export interface Recipient {
  id: string;
  name: string;
  accountNumber: string;
  status: string;
  email: string | null;
  phone: string | null;
  holder: { name: string; email: string | null; phone: string | null } | null;
}

/** An owner operator of a partner, as messaging addresses them. */
export interface PartnerOwner {
  name: string;
  email: string;
}

/**
 * Whom messages go to, for the messaging subgraph, which never reads these tables: each selected
 * customer's own address and its account holder's (the owning member), as the caller sees them.
 */
export class RecipientService {
  constructor(
    private readonly customers: CustomerService,
    private readonly members: MemberService,
    private readonly operators: OperatorService,
  ) {}

  /** The caller's partner's active owners, whom notices about the partner's own setup go to. */
  async owners(caller: Caller): Promise<PartnerOwner[]> {
    const owners: PartnerOwner[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await this.operators.list(caller, { status: ['ACTIVE'] }, { first: MAX_PAGE_SIZE, after });
      for (const operator of page.nodes) {
        if (operator.role === 'OWNER') owners.push({ name: operator.name, email: operator.email });
      }
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return owners;
      after = page.pageInfo.endCursor;
    }
  }

  async select(caller: Caller, selection: CustomerContactSelection): Promise<Recipient[]> {
    const contacts = await this.customers.contactsFor(caller, selection);
    if (contacts.length === 0) return [];
    const members = await this.members.listForCustomers(
      caller,
      contacts.map((contact) => contact.id),
    );
    const holders = new Map<string, Recipient['holder']>();
    for (const member of members) {
      if (member.role !== 'OWNER' || member.status !== 'ACTIVE' || holders.has(member.customerId)) continue;
      holders.set(member.customerId, { name: member.name, email: member.email, phone: member.phone });
    }
    return contacts.map((contact) => ({ ...contact, holder: holders.get(contact.id) ?? null }));
  }
}
