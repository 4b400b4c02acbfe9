import { type Caller, MAX_PAGE_SIZE, type UserError } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { CustomerFilterValue, CustomerListService, CustomerTarget } from '../customer-list';
import type { MemberService } from '../members';
import type { OperatorService } from '../operators';

/**
 * A customer as messaging addresses it, compact because a bulk send carries 100,000 of them:
 * `[id, name, accountNumber, status, email, phone, holderName, holderEmail, holderPhone]`, the
 * holder's three null when the account has no active owner.
 */
export type Recipient = [
  id: string,
  name: string,
  accountNumber: string,
  status: string,
  email: string | null,
  phone: string | null,
  holderName: string | null,
  holderEmail: string | null,
  holderPhone: string | null,
];

/** Rows per fetch from the recipients cursor. */
const FETCH_SIZE = 20_000;

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
    private readonly dataSource: DataSource,
    private readonly customerList: CustomerListService,
    private readonly members: MemberService,
    private readonly operators: OperatorService,
  ) {}

  /**
   * A filter as a client sent it (through messaging), checked as the customer list checks its
   * own: the grammar, then the tags and resellers it names; refusals name their path under `filter`.
   */
  checkFilter(caller: Caller, filter: unknown): Promise<CustomerFilterValue | UserError[]> {
    return this.customerList.checkFilter(caller, filter ?? {}, 'filter');
  }

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

  /**
   * The selected customers with their account holders, in one query: each module hands its rows
   * as a subquery scoped to the caller and they are joined here, so a bulk send's 100,000
   * recipients cost one pass over each table, where asking members again with every id cost
   * twice as long as the customers themselves. The rows are read through a cursor a chunk at a
   * time, so no single statement runs as long as reading them all (the statement timeout holds
   * for each), and they are kept as tuples, not objects.
   */
  async select(caller: Caller, selection: CustomerTarget): Promise<Recipient[]> {
    const [sql, values] = this.recipientsQuery(caller, selection);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`DECLARE recipients NO SCROLL CURSOR FOR ${sql}`, values);
      const recipients: Recipient[] = [];
      for (;;) {
        const rows = await manager.query<RecipientRow[]>(`FETCH ${FETCH_SIZE} FROM recipients`);
        recipients.push(...rows.map(toRecipient));
        if (rows.length < FETCH_SIZE) return recipients;
      }
    });
  }

  /**
   * One page of the selection in id order, the `first` after `after`: a caller that works on each
   * page while it asks for the next one (a bulk send writing its messages) overlaps the two. Each
   * page is read on its own, so a customer added or changed meanwhile is seen as the page finds it.
   */
  async page(
    caller: Caller,
    selection: CustomerTarget,
    page: { after: string | null; first: number },
  ): Promise<Recipient[]> {
    const [sql, values] = this.recipientsQuery(caller, selection, page);
    return (await this.dataSource.query<RecipientRow[]>(sql, values)).map(toRecipient);
  }

  /**
   * The selected customers joined to their account holders: each module hands its rows as a
   * subquery scoped to the caller, so neither names the other's table.
   */
  private recipientsQuery(
    caller: Caller,
    selection: CustomerTarget,
    page?: { after: string | null; first: number },
  ): [string, unknown[]] {
    const contacts = this.customerList.contactsSubquery(caller, selection);
    const holders = this.members.holdersSubquery(caller);
    const seek = page ? `${page.after ? 'WHERE c.id > :pageAfter' : ''} ORDER BY c.id LIMIT :pageFirst` : '';
    return this.dataSource.driver.escapeQueryWithParameters(
      `SELECT c.id, c.name, c."accountNumber", c.status, c.email, c.phone,
              h.name AS "holderName", h.email AS "holderEmail", h.phone AS "holderPhone"
         FROM (${contacts.sql}) c
         LEFT JOIN (${holders.sql}) h ON h."customerId" = c.id
         ${seek}`,
      // Both are scoped to the same caller, so the parameters they share have the same values.
      { ...contacts.parameters, ...holders.parameters, pageAfter: page?.after, pageFirst: page?.first },
    );
  }
}

function toRecipient(row: RecipientRow): Recipient {
  return [
    row.id,
    row.name,
    row.accountNumber,
    row.status,
    row.email,
    row.phone,
    row.holderName,
    row.holderEmail,
    row.holderPhone,
  ];
}

interface RecipientRow {
  id: string;
  name: string;
  accountNumber: string;
  status: string;
  email: string | null;
  phone: string | null;
  holderName: string | null;
  holderEmail: string | null;
  holderPhone: string | null;
}
