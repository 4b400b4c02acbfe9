import { type EventBus, type Logger, type ServiceClient, newId } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { CustomerStandingEntity, StandingRebuildEntity, type StandingRebuildStatus } from './customer-standing.entity';
import { type OwnerAnswers, askOwners } from './standing-sources';

/** The accounts queue rebuilds run on: one job carries a rebuild through some pages, then hands on. */
export const STANDING_REBUILD_QUEUE = 'accounts.customer-standing-rebuild';

export const standingRebuildJob = z.object({ rebuildId: z.guid() });
export type StandingRebuildJob = z.infer<typeof standingRebuildJob>;

/** Customers per page: one question to each owner and one transaction here. */
const PAGE_SIZE = 1_000;

/** Pages per job, so that no job nears the queue's expiry however large the partner. */
const PAGES_PER_JOB = 50;

/** A rebuild as the script and the tests watch it. */
export interface StandingRebuild {
  id: string;
  partnerId: string;
  status: StandingRebuildStatus;
  customersDone: number;
  error: string | null;
  startedAt: Date;
  finishedAt: Date | null;
}

function toRebuild(entity: StandingRebuildEntity): StandingRebuild {
  const { id, partnerId, status, customersDone, error, startedAt, finishedAt } = entity;
  return { id, partnerId, status, customersDone, error, startedAt, finishedAt };
}

/**
 * Starts a rebuild of each partner's rows (every partner with customers for `all`), as one job
 * per partner on the accounts queue, which the running accounts subgraph works. Answers the
 * rebuilds' ids. Needs only the database: operations scripts call it too.
 */
export async function requestStandingRebuilds(
  dataSource: DataSource,
  events: EventBus,
  partners: readonly string[] | 'all',
): Promise<string[]> {
  const partnerIds =
    partners === 'all'
      ? (
          await dataSource.query<{ partnerId: string }[]>(
            `SELECT DISTINCT partner_id AS "partnerId" FROM ${dataSource.getMetadata(CustomerStandingEntity).tablePath}`,
          )
        ).map((row) => row.partnerId)
      : [...new Set(partners)];
  return dataSource.transaction(async (manager) => {
    const ids: string[] = [];
    for (const partnerId of partnerIds) {
      const id = newId();
      await manager.insert(StandingRebuildEntity, { id, partnerId, status: 'RUNNING', customersDone: 0 });
      await events.enqueue<StandingRebuildJob>(manager, STANDING_REBUILD_QUEUE, { rebuildId: id });
      ids.push(id);
    }
    return ids;
  });
}

/** These rebuilds as they stand; unknown ids are absent. */
export async function standingRebuildsOf(dataSource: DataSource, ids: readonly string[]): Promise<StandingRebuild[]> {
  if (ids.length === 0) return [];
  const rows = await dataSource
    .getRepository(StandingRebuildEntity)
    .createQueryBuilder('r')
    .where('r.id = ANY(:ids::uuid[])', { ids: [...ids] })
    .orderBy('r.started_at')
    .getMany();
  return rows.map(toRebuild);
}

/** What a rebuild reads and writes of the projection (`CustomerStandingService`). */
export interface StandingPages {
  customerPage(partnerId: string, after: string | null, size: number): Promise<string[]>;
  unsettledInvoices(partnerId: string, customerIds: readonly string[]): Promise<string[]>;
  now(): Promise<Date>;
  writeRebuiltPage(
    partnerId: string,
    customerIds: readonly string[],
    startedAt: Date,
    answers: OwnerAnswers,
  ): Promise<void>;
}

/**
 * Rebuilds a partner's rows of the projection from billing and messaging, page by page in
 * customer id order, while the list keeps answering from the rows and events keep landing (see
 * `CustomerStandingService.writeRebuiltPage` for why none is lost). Progress is kept after each
 * page, so a restart resumes where the rebuild stopped.
 */
export class StandingRebuildService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly standing: StandingPages,
    private readonly events: EventBus,
    private readonly services: ServiceClient,
    private readonly logger: Logger,
  ) {}

  request(partners: readonly string[] | 'all'): Promise<string[]> {
    return requestStandingRebuilds(this.dataSource, this.events, partners);
  }

  /** Works one job: up to `PAGES_PER_JOB` pages, then either finishes the rebuild or queues its next job. */
  async work(job: StandingRebuildJob): Promise<void> {
    const rebuilds = this.dataSource.getRepository(StandingRebuildEntity);
    const rebuild = await rebuilds.findOneBy({ id: job.rebuildId });
    if (!rebuild || rebuild.status !== 'RUNNING') return;
    let after = rebuild.lastCustomerId;
    try {
      for (let page = 0; page < PAGES_PER_JOB; page++) {
        const customerIds = await this.standing.customerPage(rebuild.partnerId, after, PAGE_SIZE);
        if (customerIds.length > 0) {
          const startedAt = await this.standing.now();
          const unsettled = await this.standing.unsettledInvoices(rebuild.partnerId, customerIds);
          const answers = await askOwners(this.services, rebuild.partnerId, customerIds, unsettled);
          await this.standing.writeRebuiltPage(rebuild.partnerId, customerIds, startedAt, answers);
          after = customerIds[customerIds.length - 1]!;
          await rebuilds.update(
            { id: rebuild.id },
            { lastCustomerId: after, customersDone: () => `customers_done + ${customerIds.length}`, error: null },
          );
        }
        if (customerIds.length < PAGE_SIZE) {
          await rebuilds.update({ id: rebuild.id }, { status: 'COMPLETED', finishedAt: () => 'now()' });
          this.logger.info({ rebuildId: rebuild.id, partnerId: rebuild.partnerId }, 'customer standing rebuilt');
          return;
        }
      }
    } catch (err) {
      // The queue tries the job again, from the last page written; the row says why it stopped meanwhile.
      await rebuilds.update({ id: rebuild.id }, { error: err instanceof Error ? err.message : String(err) });
      throw err;
    }
    await this.dataSource.transaction((manager) =>
      this.events.enqueue<StandingRebuildJob>(manager, STANDING_REBUILD_QUEUE, { rebuildId: rebuild.id }),
    );
  }
}
