import {
  type Caller,
  ForbiddenError,
  type OperatorCaller,
  type RequestContext,
  type UserError,
  UserErrorCode,
  isValidId,
  newId,
  parseInput,
  userError,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import {
  type CustomerFilterValue,
  type CustomerListService,
  type CustomerSortKey,
  parseCustomerFilter,
} from '../customer-list';
import {
  type CustomerListViewCreateInput,
  type CustomerListViewDeleteInput,
  type CustomerListViewDeletePayload,
  type CustomerListViewPayload,
  type CustomerListViewUpdateInput,
  VIEWS_PER_OPERATOR_MAX,
  customerListViewCreateSchema,
  customerListViewUpdateSchema,
} from './customer-list-view.inputs';
import { CustomerListViewType, toCustomerFilterState } from './customer-list-view.type';

interface ViewRow {
  id: string;
  ownerId: string;
  name: string;
  shared: boolean;
  filter: unknown;
  sortKey: CustomerSortKey | null;
  reverse: boolean;
  columns: string[];
  createdAt: Date;
  updatedAt: Date;
}

const VIEW_COLUMNS = `v.id, v.owner_id AS "ownerId", v.name, v.shared, v.filter, v.sort_key AS "sortKey", v.reverse,
  v.columns, v.created_at AS "createdAt", v.updated_at AS "updatedAt"`;

const notFound = userError(UserErrorCode.NOT_FOUND, 'That view was not found.', ['input', 'id']);
const nameTaken = userError(UserErrorCode.TAKEN, 'You already have a view of that name.', ['input', 'name']);

/**
 * A filter's refusal placed under `input`. A tag nobody carries is refused without repeating it,
 * so the answer is the same whether another partner uses the tag or nobody does.
 */
function underInput(error: UserError): UserError {
  const field = ['input', ...(error.field ?? [])];
  const unknownTag = error.code === UserErrorCode.NOT_FOUND && field.includes('tags');
  return userError(error.code, unknownTag ? 'No customer carries that tag.' : error.message, field);
}

/** Saved views belong to a partner's operators; an app or a portal session has none. */
function operatorOf(caller: Caller): OperatorCaller {
  if (caller.kind !== 'operator') throw new ForbiddenError('Saved views belong to the partner’s operators.');
  return caller;
}

/** Its owner changes a view; an OWNER or ADMIN also changes one shared with everyone. */
function canEdit(operator: OperatorCaller, view: ViewRow): boolean {
  return view.ownerId === operator.operatorId || (view.shared && ['OWNER', 'ADMIN'].includes(operator.role));
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

/**
 * Saved views of the customer list. An operator sees their own views and the ones shared in their
 * partner, and never another partner's; the filter is checked with the list's rules when saved.
 */
export class CustomerListViewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customerList: CustomerListService,
  ) {}

  /** The list's own check of a filter (grammar, tags and resellers in use), its errors placed under `input`. */
  private async checkFilter(caller: Caller, value: unknown): Promise<CustomerFilterValue | UserError[]> {
    const checked = await this.customerList.checkFilter(caller, value, 'filter');
    if (!Array.isArray(checked)) return checked;
    return checked.map(underInput);
  }

  /** The caller's own views and those shared with them, by name. */
  async list(caller: Caller): Promise<CustomerListViewType[]> {
    if (caller.kind !== 'operator') return [];
    const rows = await this.dataSource.query<ViewRow[]>(
      `SELECT ${VIEW_COLUMNS} FROM accounts.customer_list_views v
        WHERE v.partner_id = $1 AND (v.owner_id = $2 OR v.shared)
        ORDER BY lower(v.name), v.id`,
      [caller.partnerId, caller.operatorId],
    );
    return rows.map((row) => this.toType(caller, row));
  }

  async create(context: RequestContext, input: CustomerListViewCreateInput): Promise<CustomerListViewPayload> {
    const operator = operatorOf(context.caller);
    const parsed = parseInput(customerListViewCreateSchema, input);
    const filter = await this.checkFilter(operator, input.filter);
    if (!parsed.ok || Array.isArray(filter)) {
      return {
        customerListView: null,
        userErrors: [...(parsed.ok ? [] : parsed.userErrors), ...(Array.isArray(filter) ? filter : [])],
      };
    }
    const view = parsed.value;
    return this.saving(async (transaction) => {
      // Counted under a lock per operator, so two saves at once cannot pass the limit together.
      await transaction.query(`SELECT pg_advisory_xact_lock(hashtext('customer-list-views:' || $1))`, [
        operator.operatorId,
      ]);
      const [counted] = await transaction.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM accounts.customer_list_views WHERE partner_id = $1 AND owner_id = $2`,
        [operator.partnerId, operator.operatorId],
      );
      if ((counted?.count ?? 0) >= VIEWS_PER_OPERATOR_MAX) {
        return [
          userError(UserErrorCode.NOT_ALLOWED, `Keep at most ${VIEWS_PER_OPERATOR_MAX} views; delete one first.`, [
            'input',
          ]),
        ];
      }
      const [row] = await transaction.query<ViewRow[]>(
        `INSERT INTO accounts.customer_list_views AS v
                (partner_id, id, owner_id, name, shared, filter, sort_key, reverse, columns)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         RETURNING ${VIEW_COLUMNS}`,
        [
          operator.partnerId,
          newId(),
          operator.operatorId,
          view.name,
          view.shared,
          JSON.stringify(filter),
          view.sortKey ?? null,
          view.reverse,
          view.columns,
        ],
      );
      return row!;
    }, operator);
  }

  async update(context: RequestContext, input: CustomerListViewUpdateInput): Promise<CustomerListViewPayload> {
    const operator = operatorOf(context.caller);
    const parsed = parseInput(customerListViewUpdateSchema, input);
    const filter = input.filter == null ? null : await this.checkFilter(operator, input.filter);
    if (!parsed.ok || Array.isArray(filter)) {
      return {
        customerListView: null,
        userErrors: [...(parsed.ok ? [] : parsed.userErrors), ...(Array.isArray(filter) ? filter : [])],
      };
    }
    const change = parsed.value;
    return this.saving(async (transaction) => {
      const refused = await this.editable(transaction, operator, change.id);
      if (Array.isArray(refused)) return refused;
      const [[row]] = await transaction.query<[ViewRow[], number]>(
        `UPDATE accounts.customer_list_views v
            SET name = COALESCE($3, name), shared = COALESCE($4, shared), filter = COALESCE($5::jsonb, filter),
                sort_key = COALESCE($6, sort_key), reverse = COALESCE($7, reverse),
                columns = COALESCE($8::text[], columns), updated_at = now()
          WHERE partner_id = $1 AND id = $2
         RETURNING ${VIEW_COLUMNS}`,
        [
          operator.partnerId,
          change.id,
          change.name ?? null,
          change.shared ?? null,
          filter ? JSON.stringify(filter) : null,
          change.sortKey ?? null,
          change.reverse ?? null,
          change.columns ?? null,
        ],
      );
      return row!;
    }, operator);
  }

  async delete(context: RequestContext, input: CustomerListViewDeleteInput): Promise<CustomerListViewDeletePayload> {
    const operator = operatorOf(context.caller);
    return this.dataSource.transaction(async (transaction) => {
      const refused = await this.editable(transaction, operator, input.id);
      if (Array.isArray(refused)) return { deletedId: null, userErrors: refused };
      await transaction.query(`DELETE FROM accounts.customer_list_views WHERE partner_id = $1 AND id = $2`, [
        operator.partnerId,
        input.id,
      ]);
      return { deletedId: input.id, userErrors: [] };
    });
  }

  /** The view, locked for the change, when the operator sees it and may change it; otherwise why not. */
  private async editable(
    transaction: EntityManager,
    operator: OperatorCaller,
    id: string,
  ): Promise<ViewRow | UserError[]> {
    if (!isValidId(id)) return [notFound];
    const [row] = await transaction.query<ViewRow[]>(
      `SELECT ${VIEW_COLUMNS} FROM accounts.customer_list_views v
        WHERE v.partner_id = $1 AND v.id = $2 AND (v.owner_id = $3 OR v.shared)
        FOR UPDATE`,
      [operator.partnerId, id, operator.operatorId],
    );
    // Another operator's private view and one that does not exist are the same answer.
    if (!row) return [notFound];
    if (!canEdit(operator, row)) {
      return [
        userError(UserErrorCode.NOT_ALLOWED, 'Only its owner, an OWNER or an ADMIN may change a shared view.', [
          'input',
          'id',
        ]),
      ];
    }
    return row;
  }

  /** Runs a save, answering a name already used by the operator as a user error. */
  private async saving(
    save: (transaction: EntityManager) => Promise<ViewRow | UserError[]>,
    operator: OperatorCaller,
  ): Promise<CustomerListViewPayload> {
    try {
      const saved = await this.dataSource.transaction(save);
      if (Array.isArray(saved)) return { customerListView: null, userErrors: saved };
      return { customerListView: this.toType(operator, saved), userErrors: [] };
    } catch (error) {
      if (isUniqueViolation(error)) return { customerListView: null, userErrors: [nameTaken] };
      throw error;
    }
  }

  private toType(operator: OperatorCaller, row: ViewRow): CustomerListViewType {
    const saved = parseCustomerFilter(row.filter);
    // Saved under the same grammar; should the grammar ever drop a field, the view shows the default
    // rather than failing the whole list of views.
    const filter = toCustomerFilterState(
      Array.isArray(saved) ? (parseCustomerFilter({}) as CustomerFilterValue) : saved,
    );
    return Object.assign(new CustomerListViewType(), {
      id: row.id,
      name: row.name,
      shared: row.shared,
      ownerId: row.ownerId,
      ownedByMe: row.ownerId === operator.operatorId,
      canEdit: canEdit(operator, row),
      filter,
      sortKey: row.sortKey,
      reverse: row.reverse,
      columns: row.columns,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    });
  }
}
