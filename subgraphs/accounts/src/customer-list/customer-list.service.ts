import {
  type Caller,
  type KeysetOrder,
  type UserError,
  UserErrorCode,
  countUpTo,
  isValidId,
  paginateKeyset,
  scopeOf,
  searchParameters,
  toConnection,
  userError,
} from '@clientele/subgraph-kit';
import { GraphQLError } from 'graphql';
import type { SelectQueryBuilder } from 'typeorm';
import type { CustomerLifecycleService } from '../customer-lifecycle';
import type { CustomerStandingService } from '../customer-standing';
import type { CustomerListRow, CustomerService } from '../customers';
import type { MemberService } from '../members';
import type { PartnerService } from '../partners';
import type { TagService } from '../tags';
import {
  type CustomerFilterValue,
  CustomerSortKey,
  type CustomersArgs,
  EMPTY_FILTER,
  parseCustomerFilter,
} from './customer-list.inputs';
import { CustomerConnection } from './customer-list.type';

/** What a list shows when no status is asked for: every status but CLOSED. */
const DEFAULT_STATUSES = ['ACTIVE', 'SUSPENDED', 'INACTIVE'];

/**
 * `totalCount` is exact up to here and "at least" beyond (see the README's "Counting the customer
 * list"): enough for any page a person reads, and at most this many index entries per page view.
 */
export const COUNT_CAP = 10_000;

/** Whom a bulk action, an export or a message is for: these customers, or those a filter finds. */
export interface CustomerTarget {
  customerIds?: readonly string[];
  /** A filter that passed `parseCustomerFilter`; null or absent with no ids means the list's default. */
  filter?: CustomerFilterValue | null;
  /** Customers left out, e.g. unticked after "select all". */
  excludeIds?: readonly string[];
}

type Order = Omit<KeysetOrder<CustomerListRow>, 'descending'> & { needsStanding?: boolean; needsSearch?: boolean };

const ownValue = (of: (row: CustomerListRow) => string) => ({
  valueOf: of,
  tieBreakerOf: (row: CustomerListRow) => row.id,
});
// Read with the rows (`selected`), so never asked of the row.
const selectedValue = { valueOf: () => '', tieBreakerOf: (row: CustomerListRow) => row.id, selected: true };

const orders: Record<CustomerSortKey, Order> = {
  [CustomerSortKey.CREATED_AT]: {
    column: 'c.created_at',
    valueType: 'timestamp',
    tieBreaker: 'c.id',
    ...ownValue((row) => row.createdAt.toISOString()),
  },
  [CustomerSortKey.NAME]: { column: 'c.name', valueType: 'text', tieBreaker: 'c.id', ...ownValue((row) => row.name) },
  [CustomerSortKey.ACCOUNT_NUMBER]: {
    column: 'c.account_number',
    valueType: 'text',
    tieBreaker: 'c.id',
    ...ownValue((row) => row.accountNumber),
  },
  // The projection's indexes are (partner_id, value, customer_id): its id breaks the ties.
  [CustomerSortKey.BALANCE]: {
    column: 's.balance_minor',
    valueType: 'integer',
    tieBreaker: 's.customer_id',
    needsStanding: true,
    ...selectedValue,
  },
  [CustomerSortKey.AMOUNT_OWED]: {
    column: 's.owed_minor',
    valueType: 'integer',
    tieBreaker: 's.customer_id',
    needsStanding: true,
    ...selectedValue,
  },
  [CustomerSortKey.LAST_MESSAGED_AT]: {
    column: 's.last_messaged_at',
    valueType: 'timestamp',
    tieBreaker: 's.customer_id',
    nullable: true,
    needsStanding: true,
    ...selectedValue,
  },
  [CustomerSortKey.RELEVANCE]: {
    column: 'matched.score',
    valueType: 'decimal',
    tieBreaker: 'c.id',
    needsSearch: true,
    ...selectedValue,
  },
};

function badFilter(userErrors: UserError[]): GraphQLError {
  return new GraphQLError(userErrors.map((error) => error.message).join(' '), {
    extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter', userErrors },
  });
}

/** Whether `filter` asks anything of the search projection. */
function usesStanding(filter: CustomerFilterValue): boolean {
  return (
    filter.balance !== null || filter.owesMoney !== null || filter.lowCredit !== null || filter.lastMessagedAt !== null
  );
}

/**
 * Finding customers: the `customers` list (search, filters, sorts, keyset pages, a capped count)
 * and the same selection as SQL for bulk actions, exports and messages. Each condition comes from
 * the module that owns its table, as a subquery, so this module names no table.
 */
export class CustomerListService {
  constructor(
    private readonly customers: CustomerService,
    private readonly members: MemberService,
    private readonly tags: TagService,
    private readonly lifecycle: CustomerLifecycleService,
    private readonly partners: PartnerService,
    private readonly standing: CustomerStandingService,
  ) {}

  async list(caller: Caller, args: CustomersArgs): Promise<CustomerConnection> {
    const filter = await this.validFilter(caller, args.filter);
    const sortKey = args.sortKey ?? (filter.query ? CustomerSortKey.RELEVANCE : CustomerSortKey.CREATED_AT);
    const order = orders[sortKey];
    if (order.needsSearch && !filter.query) {
      throw badFilter([
        userError(UserErrorCode.INVALID, 'Sort by relevance needs a search: give `filter.query`.', ['sortKey']),
      ]);
    }
    const query = this.filtered(caller, filter, { standing: Boolean(order.needsStanding) });
    // Relevance reads best first; `reverse` turns any order round.
    const descending = sortKey === CustomerSortKey.RELEVANCE ? !args.reverse : args.reverse;
    const page = await paginateKeyset(query, { ...order, descending }, args);
    const text = filter.query;
    // Rows found by a number they no longer hold say so, so a list can mark them as former.
    const formerMatches = text
      ? await this.customers.accountNumbers.formerMatches(
          new Map(
            page.rows
              .filter((row) => !row.accountNumber.toLowerCase().includes(text.toLowerCase()))
              .map((row) => [row.id, row.partnerId]),
          ),
          searchParameters(text).searchPattern,
        )
      : new Map<string, string>();
    // totalCount and totalCountPrecision come from one capped count, run once and only if asked.
    let counted: ReturnType<typeof countUpTo> | null = null;
    const count = () => (counted ??= countUpTo(query, COUNT_CAP));
    return toConnection(
      CustomerConnection,
      page,
      (row) =>
        Object.assign(this.customers.toCustomer(row), {
          matchedFormerAccountNumber: formerMatches.get(row.id) ?? null,
        }),
      async () => (await count()).count,
      async () => (await count()).precision,
    );
  }

  /**
   * A filter as a client sent it, checked against the grammar and then against the caller's
   * data (tags in use, the caller's resellers); refusals name the field they are about.
   */
  async checkFilter(caller: Caller, value: unknown, argument = 'filter'): Promise<CustomerFilterValue | UserError[]> {
    const parsed = parseCustomerFilter(value, argument);
    if (Array.isArray(parsed)) return parsed;
    const errors: UserError[] = [];
    if (parsed.tags) {
      const named = [...(parsed.tags.allOf ?? []), ...(parsed.tags.anyOf ?? []), ...(parsed.tags.noneOf ?? [])];
      const inUse = new Set((await this.tags.inUse(caller, named)).map((tag) => tag.toLowerCase()));
      for (const list of ['allOf', 'anyOf', 'noneOf'] as const) {
        (parsed.tags[list] ?? []).forEach((tag, index) => {
          if (!inUse.has(tag.toLowerCase())) {
            errors.push(
              userError(UserErrorCode.NOT_FOUND, `No customer carries the tag “${tag}”.`, [
                argument,
                'tags',
                list,
                String(index),
              ]),
            );
          }
        });
      }
    }
    if (parsed.resellerIds) {
      const { partnerId, resellerId } = scopeOf(caller);
      const known = await Promise.all(
        parsed.resellerIds.map(async (id) =>
          // A reseller-limited operator knows only their own; platform staff any (the rows say the rest).
          resellerId ? id === resellerId : partnerId ? this.partners.resellerExists(partnerId, id) : isValidId(id),
        ),
      );
      parsed.resellerIds.forEach((id, index) => {
        if (!known[index]) {
          errors.push(
            userError(UserErrorCode.NOT_FOUND, 'That reseller was not found.', [
              argument,
              'resellerIds',
              String(index),
            ]),
          );
        }
      });
    }
    return errors.length > 0 ? errors : parsed;
  }

  private async validFilter(caller: Caller, value: unknown): Promise<CustomerFilterValue> {
    const checked = await this.checkFilter(caller, value);
    if (Array.isArray(checked)) throw badFilter(checked);
    return checked;
  }

  /**
   * The ids (column `id`) of every customer the caller may see that `target` names, as a subquery
   * with its named parameters: what bulk actions, exports and messages select from.
   */
  selectionSubquery(caller: Caller, target: CustomerTarget): { sql: string; parameters: Record<string, unknown> } {
    const query = this.targeted(caller, target).select('c.id', 'id');
    return { sql: query.getQuery(), parameters: query.getParameters() };
  }

  /**
   * Names and addresses of the customers `target` names, for messages: a subquery of the columns
   * `id`, `name`, `accountNumber`, `status`, `email`, `phone`, with its named parameters, which the
   * recipients module joins to each account holder in one statement.
   */
  contactsSubquery(caller: Caller, target: CustomerTarget): { sql: string; parameters: Record<string, unknown> } {
    const query = this.targeted(caller, target).select([
      'c.id AS id',
      'c.name AS name',
      'c.account_number AS "accountNumber"',
      'c.status AS status',
      'c.email AS email',
      'c.phone AS phone',
    ]);
    return { sql: query.getQuery(), parameters: query.getParameters() };
  }

  private targeted(caller: Caller, target: CustomerTarget): SelectQueryBuilder<CustomerListRow> {
    if (target.customerIds && target.filter) throw new Error('A target names customers or a filter, not both');
    const query = target.customerIds
      ? this.customers
          .listQuery(caller)
          .andWhere('c.id = ANY(:targetIds::uuid[])', { targetIds: target.customerIds.filter(isValidId) })
      : this.filtered(caller, target.filter ?? EMPTY_FILTER, { standing: false });
    const excluded = (target.excludeIds ?? []).filter(isValidId);
    if (excluded.length > 0) query.andWhere('c.id <> ALL(:excludedIds::uuid[])', { excludedIds: excluded });
    return query;
  }

  /** The customers the caller may see that `filter` finds, unsorted: every condition ANDed. */
  private filtered(
    caller: Caller,
    filter: CustomerFilterValue,
    options: { standing: boolean },
  ): SelectQueryBuilder<CustomerListRow> {
    const query = this.customers.listQuery(caller);
    query.andWhere('c.status IN (:...listStatuses)', { listStatuses: filter.status ?? DEFAULT_STATUSES });
    if (filter.query) {
      // Every owner's matches with their scores, one row per customer at its best score. Close
      // words (a typo) are looked for only when the term as typed finds nobody: the one-time
      // NOT EXISTS keeps that half from running otherwise.
      const literal = [
        this.customers.textMatchesSubquery(caller, 'substring'),
        this.members.textMatchesSubquery(caller, 'substring'),
      ];
      const similar = [
        this.customers.textMatchesSubquery(caller, 'similar'),
        this.members.textMatchesSubquery(caller, 'similar'),
      ];
      query
        .innerJoin(
          `(WITH found AS (${literal.map((part) => part.sql).join(' UNION ALL ')})
            SELECT id, round(max(score)::numeric, 4) AS score
              FROM (SELECT id, score FROM found
                    UNION ALL
                    SELECT id, score FROM (${similar.map((part) => part.sql).join(' UNION ALL ')}) close_words
                     WHERE NOT EXISTS (SELECT 1 FROM found)) matches
             GROUP BY id)`,
          'matched',
          'matched.id = c.id',
        )
        .setParameters({
          ...(Object.assign({}, ...[...literal, ...similar].map((part) => part.parameters)) as Record<string, unknown>),
          ...searchParameters(filter.query),
        });
    }
    if (filter.tags) {
      const { allOf, anyOf, noneOf } = filter.tags;
      for (const [tags, parameter, mode] of [
        [allOf, 'tagsAllOf', 'all'],
        [anyOf, 'tagsAnyOf', 'any'],
        [noneOf, 'tagsNoneOf', 'none'],
      ] as const) {
        if (!tags) continue;
        const tagged = this.tags.taggedCondition(
          caller,
          { partner: 'c.partner_id', id: 'c.id' },
          parameter,
          mode,
          tags,
        );
        query.andWhere(tagged.sql, tagged.parameters);
      }
    }
    if (filter.pricingModel)
      query.andWhere('c.pricing_model IN (:...pricingModels)', { pricingModels: filter.pricingModel });
    if (filter.country) query.andWhere('c.country IN (:...countries)', { countries: filter.country });
    if (filter.currency) query.andWhere('c.currency IN (:...currencies)', { currencies: filter.currency });
    if (filter.resellerIds) query.andWhere('c.reseller_id IN (:...resellerIds)', { resellerIds: filter.resellerIds });
    if (filter.createdAt?.from) query.andWhere('c.created_at >= :createdFrom', { createdFrom: filter.createdAt.from });
    if (filter.createdAt?.to) query.andWhere('c.created_at < :createdTo', { createdTo: filter.createdAt.to });
    if (filter.cancellationScheduled !== null) {
      const pending = this.lifecycle.pendingCancellationsSubquery(caller);
      query.andWhere(`c.id ${filter.cancellationScheduled ? 'IN' : 'NOT IN'} (${pending.sql})`, pending.parameters);
    }
    if (options.standing || usesStanding(filter)) this.joinStanding(query, filter);
    return query;
  }

  /** The search projection's row of each customer, for its filters and sorts. */
  private joinStanding(query: SelectQueryBuilder<CustomerListRow>, filter: CustomerFilterValue): void {
    query.innerJoin(`(${this.standing.rowsSubquery()})`, 's', 's.partner_id = c.partner_id AND s.customer_id = c.id');
    if (filter.balance?.min != null)
      query.andWhere('s.balance_minor >= :balanceMin', { balanceMin: filter.balance.min });
    if (filter.balance?.max != null)
      query.andWhere('s.balance_minor <= :balanceMax', { balanceMax: filter.balance.max });
    if (filter.owesMoney !== null) query.andWhere(filter.owesMoney ? 's.owed_minor > 0' : 's.owed_minor = 0');
    if (filter.lowCredit !== null) query.andWhere(filter.lowCredit ? 's.low_credit' : 'NOT s.low_credit');
    const messaged = filter.lastMessagedAt;
    if (messaged?.from) query.andWhere('s.last_messaged_at >= :messagedFrom', { messagedFrom: messaged.from });
    if (messaged?.to) query.andWhere('s.last_messaged_at < :messagedTo', { messagedTo: messaged.to });
  }
}
