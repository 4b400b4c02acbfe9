import {
  type Caller,
  ForbiddenError,
  type KeysetSeek,
  type RequestContext,
  type UserError,
  UserErrorCode,
  auditActorOf,
  changesBetween,
  isValidId,
  keysetSeekSql,
  newId,
  parseInput,
  partnerOf,
  scopeConditions,
  scopeOf,
  timestampOrder,
  userError,
} from '@clientele/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { CustomerLoaders } from '../customers';
import { NoteEntity } from './note.entity';
import {
  type CustomerNoteCreateInput,
  type CustomerNoteCreatePayload,
  type CustomerNoteDeletePayload,
  type CustomerNoteUpdateInput,
  type CustomerNoteUpdatePayload,
  noteCreateSchema,
  noteUpdateSchema,
} from './note.inputs';
import { toNoteType } from './note.type';

/** Newest first, as `customer_notes_by_customer` (partner_id, customer_id, created_at, id) is ordered. */
export const noteOrder = timestampOrder<NoteEntity>('n', 'created_at', (row) => row.createdAt, true);

type NotesRequest = RequestContext<CustomerLoaders>;

/** What an erased customer's notes read from then on. */
const ERASED_NOTE = 'Erased note';

const noteNotFound = () => [userError(UserErrorCode.NOT_FOUND, 'That note was not found.', ['input', 'id'])];

/** Notes are the partner's own words about a customer: never shown in the customer's portal. */
export function assertStaff(caller: Caller): void {
  if (caller.kind === 'portal') throw new ForbiddenError('Notes are for the partner’s staff.');
}

/**
 * Notes on a customer account: written by an operator or a partner app, edited and deleted only
 * by whoever wrote them, every change audited with the text before and after.
 */
export class NoteService {
  constructor(private readonly dataSource: DataSource) {}

  async create(context: NotesRequest, input: CustomerNoteCreateInput): Promise<CustomerNoteCreatePayload> {
    const parsed = parseInput(noteCreateSchema, input);
    if (!parsed.ok) return { note: null, userErrors: parsed.userErrors };
    const { customerId, body } = parsed.value;
    const customer = isValidId(customerId) ? await context.loaders.customerById.load(customerId) : null;
    if (!customer) {
      return {
        note: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'That customer was not found.', ['input', 'customerId'])],
      };
    }
    const partnerId = partnerOf(context.caller);
    // Only partner callers hold customers:write.
    if (!partnerId) throw new Error('customerNoteCreate needs a partner caller');
    const author = auditActorOf(context.caller);
    return this.dataSource.transaction(async (manager) => {
      const note = manager.create(NoteEntity, {
        partnerId,
        id: newId(),
        customerId: customer.id,
        body,
        authorKind: author.kind,
        authorId: author.id,
      });
      await manager.insert(NoteEntity, note);
      await context.audit(
        {
          action: 'customer.note-created',
          partnerId,
          targetType: 'CustomerNote',
          targetId: note.id,
          details: { customerId: customer.id, changes: changesBetween({}, { body }) },
        },
        manager,
      );
      return { note: toNoteType(note), userErrors: [] };
    });
  }

  async update(context: NotesRequest, input: CustomerNoteUpdateInput): Promise<CustomerNoteUpdatePayload> {
    const parsed = parseInput(noteUpdateSchema, input);
    if (!parsed.ok) return { note: null, userErrors: parsed.userErrors };
    const { id, body } = parsed.value;
    return this.dataSource.transaction(async (manager) => {
      const found = await this.lockOwn(context, manager, id, 'edit');
      if (!('note' in found)) return { note: null, userErrors: found.userErrors };
      const { note } = found;
      const changes = changesBetween({ body: note.body }, { body });
      if (Object.keys(changes).length === 0) return { note: toNoteType(note), userErrors: [] };
      await manager.update(NoteEntity, { partnerId: note.partnerId, id: note.id }, { body });
      await context.audit(
        {
          action: 'customer.note-updated',
          partnerId: note.partnerId,
          targetType: 'CustomerNote',
          targetId: note.id,
          details: { customerId: note.customerId, changes },
        },
        manager,
      );
      const updated = await manager.findOneByOrFail(NoteEntity, { partnerId: note.partnerId, id: note.id });
      return { note: toNoteType(updated), userErrors: [] };
    });
  }

  async delete(context: NotesRequest, id: string): Promise<CustomerNoteDeletePayload> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.lockOwn(context, manager, id, 'delete');
      if (!('note' in found)) return { deletedNoteId: null, userErrors: found.userErrors };
      const { note } = found;
      await manager.delete(NoteEntity, { partnerId: note.partnerId, id: note.id });
      await context.audit(
        {
          action: 'customer.note-deleted',
          partnerId: note.partnerId,
          targetType: 'CustomerNote',
          targetId: note.id,
          details: { customerId: note.customerId, changes: { body: { from: note.body, to: null } } },
        },
        manager,
      );
      return { deletedNoteId: note.id, userErrors: [] };
    });
  }

  /**
   * Replaces the text of every note on an erased customer: notes are free text about a person.
   * Author and times stay, so the record shows a note was there. The caller holds the customer
   * locked in `manager`'s transaction, so the erasure is all or nothing.
   */
  async erasePersonalData(manager: EntityManager, partnerId: string, customerId: string): Promise<number> {
    const result = await manager.update(NoteEntity, { partnerId, customerId }, { body: ERASED_NOTE });
    return result.affected ?? 0;
  }

  /**
   * A page of notes for each of these customers, in one statement: for each customer a LATERAL
   * subquery seeks past the cursor in the index. The customers were already checked as visible.
   */
  async pagesFor(caller: Caller, customerIds: readonly string[], seek: KeysetSeek): Promise<NoteEntity[]> {
    const page = keysetSeekSql(noteOrder, seek);
    const { where, parameters } = this.inScope(
      caller,
      'n.customer_id = owner.customer_id',
      ...(page.condition ? [page.condition] : []),
    );
    const rows = await this.query<NoteEntity>(
      `SELECT n.partner_id AS "partnerId", n.id, n.customer_id AS "customerId", n.body, n.author_kind AS "authorKind",
              n.author_id AS "authorId", n.created_at AS "createdAt", n.updated_at AS "updatedAt"
         FROM unnest(:customerIds::uuid[]) WITH ORDINALITY AS owner (customer_id, ordinal)
        CROSS JOIN LATERAL (
              SELECT * FROM accounts.customer_notes n
               WHERE ${where}
               ORDER BY ${page.orderBy}
               LIMIT :pageLimit
              ) n
        ORDER BY owner.ordinal, ${page.orderBy}`,
      { ...parameters, ...page.parameters, customerIds, pageLimit: page.limit },
    );
    return rows.map((row) => Object.assign(new NoteEntity(), row));
  }

  /** How many notes each of these customers has, in one grouped statement. */
  async countsFor(caller: Caller, customerIds: readonly string[]): Promise<Map<string, number>> {
    const { where, parameters } = this.inScope(caller, 'n.customer_id = ANY(:customerIds::uuid[])');
    const rows = await this.query<{ customerId: string; count: number }>(
      `SELECT n.customer_id AS "customerId", count(*)::int AS count
         FROM accounts.customer_notes n
        WHERE ${where}
        GROUP BY n.customer_id`,
      { ...parameters, customerIds },
    );
    return new Map(rows.map((row) => [row.customerId, row.count]));
  }

  /**
   * The note under a row lock if the caller may see it and wrote it; otherwise the userError to
   * answer. A note of a customer the caller cannot see is simply not found.
   */
  private async lockOwn(
    context: NotesRequest,
    manager: EntityManager,
    id: string,
    what: 'edit' | 'delete',
  ): Promise<{ note: NoteEntity } | { userErrors: UserError[] }> {
    if (!isValidId(id)) return { userErrors: noteNotFound() };
    const { partnerId } = scopeOf(context.caller);
    const note = await manager.findOne(NoteEntity, {
      where: partnerId ? { partnerId, id } : { id },
      lock: { mode: 'pessimistic_write' },
    });
    const customer = note ? await context.loaders.customerById.load(note.customerId) : null;
    if (!note || !customer) return { userErrors: noteNotFound() };
    const author = auditActorOf(context.caller);
    if (note.authorKind !== author.kind || note.authorId !== author.id) {
      return {
        userErrors: [
          userError(UserErrorCode.NOT_ALLOWED, `You can only ${what} notes you wrote yourself.`, ['input', 'id']),
        ],
      };
    }
    return { note };
  }

  /** `conditions` narrowed to the caller's scope over the notes table (alias `n`), with named parameters. */
  private inScope(caller: Caller, ...conditions: string[]): { where: string; parameters: Record<string, string> } {
    const scope = scopeConditions(scopeOf(caller), { partner: 'n.partner_id', customer: 'n.customer_id' });
    return {
      where: [...conditions, ...scope.map((condition) => condition.sql)].join(' AND '),
      parameters: Object.assign({}, ...scope.map((condition) => condition.parameters)) as Record<string, string>,
    };
  }

  private query<TRow>(sql: string, parameters: Record<string, unknown>): Promise<TRow[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return this.dataSource.query<TRow[]>(text, values);
  }
}
