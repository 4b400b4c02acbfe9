import {
  type Caller,
  ForbiddenError,
  type RequestContext,
  type UserError,
  UserErrorCode,
  isValidId,
  parseInput,
  partnerOf,
  scopeConditions,
  scopeOf,
  userError,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { CustomerLoaders, CustomerService, CustomerType } from '../customers';
import { type CustomerTagsCommand, customerTagsSchema } from './tag.inputs';
import { TagCountType } from './tag.type';

type TagsRequest = RequestContext<CustomerLoaders>;

export interface TagRow {
  customerId: string;
  tag: string;
}

/** The partner's tag list holds the most used; a longer one is not a list a person picks from. */
const TAG_LIST_LIMIT = 500;

/** Tags are the partner's own words about a customer: never shown in the customer's portal. */
export function assertStaff(caller: Caller): void {
  if (caller.kind === 'portal') throw new ForbiddenError('Tags are for the partner’s staff.');
}

/** The same tag written twice, in any case, once: the first spelling wins. */
function distinctTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function byCustomer(rows: readonly TagRow[]): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const row of rows) tags.set(row.customerId, [...(tags.get(row.customerId) ?? []), row.tag]);
  return tags;
}

const sorted = (tags: readonly string[]) => [...tags].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));

/**
 * Tags on customer accounts, added and removed many at a time: adding a tag a customer has, or
 * removing one it has not, changes nothing, and neither ever replaces a customer's whole set.
 * Each customer whose tags changed gets its own audit entry with the set before and after.
 */
export class TagService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomerService,
  ) {}

  add(context: TagsRequest, input: unknown) {
    return this.change(context, input, 'add');
  }

  remove(context: TagsRequest, input: unknown) {
    return this.change(context, input, 'remove');
  }

  /** Each customer's tags, for the loader; the customers were already checked as visible. */
  async tagsFor(caller: Caller, customerIds: readonly string[]): Promise<Map<string, string[]>> {
    const { where, parameters } = this.inScope(caller, 't.customer_id = ANY(:customerIds::uuid[])');
    const rows = await this.query<TagRow>(
      `SELECT t.customer_id AS "customerId", t.tag::text AS tag FROM accounts.customer_tags t
        WHERE ${where} ORDER BY t.customer_id, t.tag`,
      { ...parameters, customerIds },
    );
    return byCustomer(rows);
  }

  /**
   * One customer's tags as one text, `; `-separated in order (null without tags), as a subquery to
   * join LATERAL on the customer's partner and id columns, e.g. `tagListSubquery('c.partner_id',
   * 'c.id')`: the export lists tags without naming this module's table.
   */
  tagListSubquery(partnerIdColumn: string, customerIdColumn: string): string {
    return `SELECT string_agg(t.tag::text, '; ' ORDER BY t.tag) AS tags FROM accounts.customer_tags t
             WHERE t.partner_id = ${partnerIdColumn} AND t.customer_id = ${customerIdColumn}`;
  }

  /** The tags on the customers the caller may see, most used first. */
  async counts(caller: Caller): Promise<TagCountType[]> {
    const { where, parameters } = this.onVisibleCustomers(caller);
    const rows = await this.query<{ tag: string; customerCount: number }>(
      `SELECT min(t.tag::text) AS tag, count(*)::int AS "customerCount"
         FROM accounts.customer_tags t
        WHERE ${where}
        GROUP BY t.tag
        ORDER BY count(*) DESC, t.tag
        LIMIT ${TAG_LIST_LIMIT}`,
      parameters,
    );
    return rows.map((row) => Object.assign(new TagCountType(), row));
  }

  /**
   * Every customer's tags as plain SQL (columns `partner_id`, `customer_id`, `tag`), so bulk
   * actions can state "already tagged" without naming this module's table.
   */
  tagsSubquery(): string {
    return `SELECT partner_id, customer_id, tag FROM accounts.customer_tags`;
  }

  /** The tags of these customers, inside a bulk change's transaction. */
  tagsOf(manager: EntityManager, partnerId: string, customerIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.currentTags(manager, partnerId, customerIds);
  }

  /**
   * Puts each tag on its customer unless it carries it, for many customers in one statement;
   * answers what was added. The customers were checked as the caller's.
   */
  async addPairs(manager: EntityManager, partnerId: string, pairs: readonly TagRow[]): Promise<TagRow[]> {
    if (pairs.length === 0) return [];
    // In a fixed order, so two calls tagging the same customers at once cannot deadlock.
    return manager.query<TagRow[]>(
      `INSERT INTO accounts.customer_tags (partner_id, customer_id, tag)
       SELECT $1, p.customer_id, p.tag FROM unnest($2::uuid[], $3::citext[]) AS p (customer_id, tag)
        ORDER BY p.customer_id, p.tag
       ON CONFLICT DO NOTHING
       RETURNING customer_id AS "customerId", tag::text AS tag`,
      [partnerId, pairs.map((pair) => pair.customerId), pairs.map((pair) => pair.tag)],
    );
  }

  /** Takes each tag off its customer if it carries it, for many customers in one statement; answers what was removed. */
  async removePairs(manager: EntityManager, partnerId: string, pairs: readonly TagRow[]): Promise<TagRow[]> {
    if (pairs.length === 0) return [];
    const [rows] = await manager.query<[TagRow[], number]>(
      `DELETE FROM accounts.customer_tags t
        USING unnest($2::uuid[], $3::citext[]) AS p (customer_id, tag)
        WHERE t.partner_id = $1 AND t.customer_id = p.customer_id AND t.tag = p.tag
       RETURNING t.customer_id AS "customerId", t.tag::text AS tag`,
      [partnerId, pairs.map((pair) => pair.customerId), pairs.map((pair) => pair.tag)],
    );
    return rows;
  }

  /**
   * A condition on a customer row (its partner and id columns, e.g. `c.partner_id`, `c.id`) that
   * it carries the given tags (`all`, `any`) or none of them (`none`), with named parameters
   * prefixed by `parameter`, so the customer list filters by tags without naming this module's
   * table. Each tag of `all` is an EXISTS of its own: PostgreSQL estimates a single tag from its
   * statistics and can then choose to walk a sorted index and probe the tags, or to start from the
   * tag's customers, where a grouped count hid the selectivity and timed out at a million rows.
   */
  taggedCondition(
    caller: Caller,
    customer: { partner: string; id: string },
    parameter: string,
    mode: 'all' | 'any' | 'none',
    tags: readonly string[],
  ): { sql: string; parameters: Record<string, unknown> } {
    const exists = (condition: string) => {
      const { where, parameters } = this.inScope(
        caller,
        `t.partner_id = ${customer.partner}`,
        `t.customer_id = ${customer.id}`,
        condition,
      );
      return { sql: `EXISTS (SELECT 1 FROM accounts.customer_tags t WHERE ${where})`, parameters };
    };
    if (mode === 'all') {
      const each = tags.map((tag, index) => {
        const name = `${parameter}${index}`;
        const condition = exists(`t.tag = :${name}::citext`);
        return { sql: condition.sql, parameters: { ...condition.parameters, [name]: tag } };
      });
      return {
        sql: each.map((condition) => condition.sql).join(' AND ') || 'true',
        parameters: Object.assign({}, ...each.map((condition) => condition.parameters)) as Record<string, unknown>,
      };
    }
    const condition = exists(`t.tag = ANY(:${parameter}::citext[])`);
    return {
      sql: mode === 'any' ? condition.sql : `NOT ${condition.sql}`,
      parameters: { ...condition.parameters, [parameter]: tags },
    };
  }

  /**
   * Which of `tags` (ignoring case) some customer the caller may see carries, as given: under a
   * reseller limit, a tag only another reseller's customers carry is unknown, as it is in `counts`.
   */
  async inUse(caller: Caller, tags: readonly string[]): Promise<string[]> {
    if (tags.length === 0) return [];
    const { where, parameters } = this.onVisibleCustomers(caller, 't.tag = ANY(:tags::citext[])');
    const rows = await this.query<{ tag: string }>(
      `SELECT DISTINCT lower(t.tag::text) AS tag FROM accounts.customer_tags t WHERE ${where}`,
      { ...parameters, tags },
    );
    const used = new Set(rows.map((row) => row.tag));
    return tags.filter((tag) => used.has(tag.toLowerCase()));
  }

  private async change(
    context: TagsRequest,
    input: unknown,
    how: 'add' | 'remove',
  ): Promise<{ customers: CustomerType[]; userErrors: UserError[] }> {
    const refused = (userErrors: UserError[]) => ({ customers: [], userErrors });
    const parsed = parseInput(customerTagsSchema, input);
    if (!parsed.ok) return refused(parsed.userErrors);
    const command: CustomerTagsCommand = parsed.value;
    const customerIds = [...new Set(command.customerIds)];
    const tags = distinctTags(command.tags);
    const customers = await Promise.all(
      customerIds.map((id) => (isValidId(id) ? context.loaders.customerById.load(id) : Promise.resolve(null))),
    );
    // Every customer must be the caller's, or nothing is tagged.
    const missing = customers.flatMap((customer, i) =>
      customer
        ? []
        : [
            userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', [
              'input',
              'customerIds',
              String(command.customerIds.indexOf(customerIds[i]!)),
            ]),
          ],
    );
    if (missing.length > 0) return refused(missing);
    const partnerId = partnerOf(context.caller);
    // Only partner callers hold customers:write.
    if (!partnerId) throw new Error('changing tags needs a partner caller');
    await this.dataSource.transaction(async (manager) => {
      const before = await this.currentTags(manager, partnerId, customerIds);
      const changed =
        how === 'add'
          ? await this.insert(manager, partnerId, customerIds, tags)
          : await this.delete(manager, partnerId, customerIds, tags);
      for (const [customerId, touched] of byCustomer(changed)) {
        const from = before.get(customerId) ?? [];
        const lowered = new Set(touched.map((tag) => tag.toLowerCase()));
        const to = how === 'add' ? [...from, ...touched] : from.filter((tag) => !lowered.has(tag.toLowerCase()));
        await context.audit(
          {
            action: how === 'add' ? 'customer.tags-added' : 'customer.tags-removed',
            partnerId,
            targetType: 'Customer',
            targetId: customerId,
            details: {
              customerId,
              [how === 'add' ? 'added' : 'removed']: sorted(touched),
              changes: { tags: { from: sorted(from), to: sorted(to) } },
            },
          },
          manager,
        );
      }
    });
    return { customers: customers.filter((customer) => customer !== null), userErrors: [] };
  }

  private async currentTags(
    manager: EntityManager,
    partnerId: string,
    customerIds: readonly string[],
  ): Promise<Map<string, string[]>> {
    const rows = await manager.query<TagRow[]>(
      `SELECT customer_id AS "customerId", tag::text AS tag FROM accounts.customer_tags
        WHERE partner_id = $1 AND customer_id = ANY($2::uuid[])`,
      [partnerId, customerIds],
    );
    return byCustomer(rows);
  }

  /** Adds each tag to each customer that lacks it; answers what was added. */
  private async insert(
    manager: EntityManager,
    partnerId: string,
    customerIds: readonly string[],
    tags: readonly string[],
  ): Promise<TagRow[]> {
    // In a fixed order, so two calls tagging the same customers at once cannot deadlock.
    // An INSERT … RETURNING answers its rows through TypeORM (an UPDATE or DELETE answers [rows, count]).
    const rows = await manager.query<TagRow[]>(
      `INSERT INTO accounts.customer_tags (partner_id, customer_id, tag)
       SELECT $1, c.id, t.tag
         FROM unnest($2::uuid[]) AS c (id) CROSS JOIN unnest($3::citext[]) AS t (tag)
        ORDER BY c.id, t.tag
       ON CONFLICT DO NOTHING
       RETURNING customer_id AS "customerId", tag::text AS tag`,
      [partnerId, customerIds, tags],
    );
    return rows;
  }

  /** Takes each tag off each customer that has it; answers what was removed. */
  private async delete(
    manager: EntityManager,
    partnerId: string,
    customerIds: readonly string[],
    tags: readonly string[],
  ): Promise<TagRow[]> {
    const [rows] = await manager.query<[TagRow[], number]>(
      `DELETE FROM accounts.customer_tags
        WHERE partner_id = $1 AND customer_id = ANY($2::uuid[]) AND tag = ANY($3::citext[])
       RETURNING customer_id AS "customerId", tag::text AS tag`,
      [partnerId, customerIds, tags],
    );
    return rows;
  }

  /**
   * `conditions` on the tags (alias `t`) of the customers the caller may see: under a reseller
   * limit only that reseller's, which the customers module says.
   */
  private onVisibleCustomers(
    caller: Caller,
    ...conditions: string[]
  ): { where: string; parameters: Record<string, unknown> } {
    const { where, parameters } = this.inScope(caller, ...conditions);
    if (!scopeOf(caller).resellerId) return { where, parameters };
    const visible = this.customers.visibleIdsSubquery(caller);
    return {
      where: `${where} AND t.customer_id IN (${visible.sql})`,
      parameters: { ...parameters, ...visible.parameters },
    };
  }

  /** `conditions` narrowed to the caller's scope over the tags table (alias `t`), with named parameters. */
  private inScope(caller: Caller, ...conditions: string[]): { where: string; parameters: Record<string, string> } {
    const scope = scopeConditions(scopeOf(caller), { partner: 't.partner_id', customer: 't.customer_id' });
    const all = [...conditions, ...scope.map((condition) => condition.sql)];
    return {
      where: all.length > 0 ? all.join(' AND ') : 'true',
      parameters: Object.assign({}, ...scope.map((condition) => condition.parameters)) as Record<string, string>,
    };
  }

  private query<TRow>(sql: string, parameters: Record<string, unknown>): Promise<TRow[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return this.dataSource.query<TRow[]>(text, values);
  }
}
