import {
  CUSTOMER_UPDATED,
  type Caller,
  type CustomerUpdatedData,
  type EventBus,
  type RequestContext,
  type UserError,
  UserErrorCode,
  isValidId,
  newId,
  parseInput,
  userError,
  whereInScope,
} from '@clientele/subgraph-kit';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import {
  type CustomerAccountNumberChangeInput,
  type CustomerAccountNumberChangePayload,
  accountNumberChangeSchema,
} from './account-number.inputs';
import { CustomerAccountNumberEntity, CustomerEntity } from './customer.entity';
import { type AccountNumberAssignmentType, toCustomerType } from './customer.type';

/** PostgreSQL's answers to two transactions that wait on each other: the loser may simply try again. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 5;

/** The number another transaction moved between our look-up and our lock: start again. */
class HolderMoved extends Error {}

/**
 * Account numbers: changing one, swapping two, and the history of every number a customer held.
 * Changes within a partner take turns, and a swap locks both customers in id order, so two swaps
 * that cross wait for each other instead of deadlocking; a transaction that still loses one (to
 * another writer) is retried, so no caller sees it.
 */
export class AccountNumberService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
  ) {}

  /** Starts a customer's history with the number it was created with. */
  async record(manager: EntityManager, partnerId: string, customerId: string, accountNumber: string): Promise<void> {
    await manager.insert(CustomerAccountNumberEntity, {
      partnerId,
      id: newId(),
      customerId,
      accountNumber,
      // The wall clock, not the transaction's start: a swap that waited for a lock must not date
      // its change before the one it waited for.
      assignedAt: () => 'clock_timestamp()',
      releasedAt: null,
    });
  }

  /** Whether any customer of the partner holds or held the number: generated numbers skip those. */
  everHeld(manager: EntityManager, partnerId: string, accountNumber: string): Promise<boolean> {
    return manager.existsBy(CustomerAccountNumberEntity, { partnerId, accountNumber });
  }

  /** Each customer's numbers, newest first, for loaders; customers outside the caller's scope get none. */
  async historyFor(
    caller: Caller,
    customerIds: readonly string[],
  ): Promise<Map<string, AccountNumberAssignmentType[]>> {
    const valid = customerIds.filter(isValidId);
    const byCustomer = new Map<string, AccountNumberAssignmentType[]>();
    if (valid.length === 0) return byCustomer;
    const query = this.dataSource
      .getRepository(CustomerAccountNumberEntity)
      .createQueryBuilder('h')
      .where('h.customer_id = ANY(:ids)', { ids: valid });
    const rows = await whereInScope(query, caller, { partner: 'h.partner_id', customer: 'h.customer_id' })
      .orderBy('h.assigned_at', 'DESC')
      .addOrderBy('h.released_at', 'DESC', 'NULLS FIRST')
      .getMany();
    for (const row of rows) {
      const assignment = {
        accountNumber: row.accountNumber,
        assignedAt: row.assignedAt,
        releasedAt: row.releasedAt,
        current: row.releasedAt === null,
      };
      byCustomer.set(row.customerId, [...(byCustomer.get(row.customerId) ?? []), assignment]);
    }
    return byCustomer;
  }

  /** For a list searched by text: the former numbers that matched, of customers whose current one did not. */
  async formerMatches(partnerIds: Map<string, string>, pattern: string): Promise<Map<string, string>> {
    const matches = new Map<string, string>();
    if (partnerIds.size === 0) return matches;
    const rows = await this.dataSource.query<{ customer_id: string; account_number: string }[]>(
      `SELECT DISTINCT ON (h.customer_id) h.customer_id, h.account_number
         FROM accounts.customer_account_numbers h
         JOIN unnest($1::uuid[], $2::uuid[]) AS page (partner_id, customer_id)
           ON page.partner_id = h.partner_id AND page.customer_id = h.customer_id
        WHERE h.released_at IS NOT NULL AND h.account_number ILIKE $3
        ORDER BY h.customer_id, h.released_at DESC`,
      [[...partnerIds.values()], [...partnerIds.keys()], pattern],
    );
    for (const row of rows) matches.set(row.customer_id, row.account_number);
    return matches;
  }

  async change(
    context: RequestContext,
    input: CustomerAccountNumberChangeInput,
  ): Promise<CustomerAccountNumberChangePayload> {
    const parsed = parseInput(accountNumberChangeSchema, input);
    if (!parsed.ok) return refused(parsed.userErrors);
    const command = parsed.value;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction((manager) =>
          this.changeWithin(manager, context, command.customerId, command.accountNumber, command.swap),
        );
      } catch (err) {
        if (err instanceof UserErrorsRefusal) return refused(err.userErrors);
        const code = err instanceof QueryFailedError ? (err.driverError as { code?: string }).code : undefined;
        const constraint =
          err instanceof QueryFailedError ? (err.driverError as { constraint?: string }).constraint : undefined;
        // A number taken by a create or change that committed after our look-up.
        if (constraint === 'customers_partner_id_account_number_key' && attempt < ATTEMPTS) continue;
        const retry = err instanceof HolderMoved || (code !== undefined && RETRYABLE.has(code));
        if (retry && attempt < ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 40));
          continue;
        }
        throw err;
      }
    }
  }

  private async changeWithin(
    manager: EntityManager,
    context: RequestContext,
    customerId: string,
    accountNumber: string,
    swap: boolean,
  ): Promise<CustomerAccountNumberChangePayload> {
    const { caller } = context;
    const notFound = [userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', ['input', 'customerId'])];
    if (!isValidId(customerId)) throw new UserErrorsRefusal(notFound);
    const target = await this.visible(caller, manager, customerId);
    if (!target) throw new UserErrorsRefusal(notFound);
    const { partnerId } = target;
    // Number changes of one partner take turns: they are rare, and otherwise a number in demand
    // keeps moving between the look-up of its holder and the lock on it. Nothing else waits for
    // this lock while holding a customer's row, so it adds no deadlock.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`account-numbers:${partnerId}`]);
    const holder = await manager.findOneBy(CustomerEntity, { partnerId, accountNumber });
    // Both rows, in id order: whoever else locks the same two waits rather than deadlocks.
    const ids = [...new Set([target.id, holder?.id ?? target.id])].sort();
    for (const id of ids) {
      await manager.query(`SELECT 1 FROM accounts.customers WHERE partner_id = $1 AND id = $2 FOR UPDATE`, [
        partnerId,
        id,
      ]);
    }
    const customer = await manager.findOneByOrFail(CustomerEntity, { partnerId, id: target.id });
    const other = holder && (await manager.findOneByOrFail(CustomerEntity, { partnerId, id: holder.id }));
    if (other && other.accountNumber !== accountNumber) throw new HolderMoved();
    if (customer.status === 'CLOSED') {
      throw new UserErrorsRefusal([
        userError(UserErrorCode.NOT_ALLOWED, 'This customer is closed; restore it before changing it.', [
          'input',
          'customerId',
        ]),
      ]);
    }
    if (customer.accountNumber === accountNumber) {
      return { customer: toCustomerType(customer), swappedWith: null, userErrors: [] };
    }
    if (!other) {
      const from = customer.accountNumber;
      await this.reassign(manager, customer, accountNumber);
      await this.announce(manager, context, customer, from, accountNumber, null);
      return { customer: toCustomerType({ ...customer, accountNumber }), swappedWith: null, userErrors: [] };
    }
    // A swap moves the other customer too, so the caller must be able to see (and change) it.
    const otherVisible = await this.visible(caller, manager, other.id);
    if (!swap || !otherVisible) {
      throw new UserErrorsRefusal([
        userError(
          UserErrorCode.TAKEN,
          otherVisible
            ? 'Another customer already has this account number. Ask for a swap to exchange the two numbers.'
            : 'Another customer already has this account number.',
          ['input', 'accountNumber'],
        ),
      ]);
    }
    if (other.status === 'CLOSED') {
      throw new UserErrorsRefusal([
        userError(UserErrorCode.NOT_ALLOWED, 'The customer holding this number is closed; restore it first.', [
          'input',
          'accountNumber',
        ]),
      ]);
    }
    const theirs = other.accountNumber;
    const ours = customer.accountNumber;
    await this.release(manager, partnerId, [customer.id, other.id]);
    // The unique key is checked row by row, so one of the two steps aside for a moment.
    await manager.update(CustomerEntity, { partnerId, id: customer.id }, { accountNumber: `~${newId().slice(-30)}` });
    await manager.update(CustomerEntity, { partnerId, id: other.id }, { accountNumber: ours });
    await manager.update(CustomerEntity, { partnerId, id: customer.id }, { accountNumber: theirs });
    await this.record(manager, partnerId, other.id, ours);
    await this.record(manager, partnerId, customer.id, theirs);
    await this.announce(manager, context, customer, ours, theirs, other.id);
    await this.announce(manager, context, other, theirs, ours, customer.id);
    return {
      customer: toCustomerType({ ...customer, accountNumber: theirs }),
      swappedWith: toCustomerType({ ...other, accountNumber: ours }),
      userErrors: [],
    };
  }

  private visible(caller: Caller, manager: EntityManager, id: string): Promise<CustomerEntity | null> {
    const query = manager.getRepository(CustomerEntity).createQueryBuilder('c').where('c.id = :id', { id });
    return whereInScope(query, caller, {
      partner: 'c.partner_id',
      reseller: 'c.reseller_id',
      customer: 'c.id',
    }).getOne();
  }

  private async release(manager: EntityManager, partnerId: string, customerIds: string[]): Promise<void> {
    await manager.query(
      `UPDATE accounts.customer_account_numbers SET released_at = clock_timestamp()
        WHERE partner_id = $1 AND customer_id = ANY($2) AND released_at IS NULL`,
      [partnerId, customerIds],
    );
  }

  private async reassign(manager: EntityManager, customer: CustomerEntity, accountNumber: string): Promise<void> {
    await this.release(manager, customer.partnerId, [customer.id]);
    await manager.update(CustomerEntity, { partnerId: customer.partnerId, id: customer.id }, { accountNumber });
    await this.record(manager, customer.partnerId, customer.id, accountNumber);
  }

  private async announce(
    manager: EntityManager,
    context: RequestContext,
    customer: CustomerEntity,
    from: string,
    to: string,
    swappedWith: string | null,
  ): Promise<void> {
    const { partnerId, id } = customer;
    await context.audit(
      {
        action: 'customer.account-number-changed',
        partnerId,
        targetType: 'Customer',
        targetId: id,
        details: { changes: { accountNumber: { from, to } }, swappedWith },
      },
      manager,
    );
    await this.events.publish<CustomerUpdatedData>(manager, {
      type: CUSTOMER_UPDATED,
      partnerId,
      data: { customerId: id, changed: ['accountNumber'] },
    });
  }
}

/** Thrown inside the transaction to roll it back and answer with userErrors. */
class UserErrorsRefusal extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('refused');
  }
}

function refused(userErrors: UserError[]): CustomerAccountNumberChangePayload {
  return { customer: null, swappedWith: null, userErrors };
}
