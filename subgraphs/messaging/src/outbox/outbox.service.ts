import {
  type Caller,
  type ConnectionArgs,
  newId,
  paginateKeyset,
  timestampOrder,
  toConnection,
} from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { MessageChannel } from '../channels';
import { OutboxEntryEntity } from './outbox.entity';
import { OutboxEntryConnection, toOutboxEntryType } from './outbox.type';

const outboxOrder = timestampOrder<OutboxEntryEntity>('o', 'captured_at', (row) => row.capturedAt, true);

export interface Capture {
  messageId: string;
  channel: MessageChannel;
  recipient: string;
  subject: string | null;
  raw: string;
}

export class OutboxService {
  constructor(private readonly dataSource: DataSource) {}

  /** Keeps a job's messages in one statement. */
  async capture(partnerId: string, captures: Capture[]): Promise<void> {
    if (captures.length === 0) return;
    const table = this.dataSource.getMetadata(OutboxEntryEntity).tablePath;
    await this.dataSource.query(
      `INSERT INTO ${table} (partner_id, id, message_id, channel, recipient, subject, raw)
       SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[])`,
      [
        partnerId,
        captures.map(() => newId()),
        captures.map((capture) => capture.messageId),
        captures.map((capture) => capture.channel),
        captures.map((capture) => capture.recipient),
        captures.map((capture) => capture.subject),
        captures.map((capture) => capture.raw),
      ],
    );
  }

  /** The partner's outbox, newest first; the outbox is the partner's, so a reseller-limited operator has none. */
  async list(caller: Caller, args: ConnectionArgs): Promise<OutboxEntryConnection> {
    const query = this.dataSource.getRepository(OutboxEntryEntity).createQueryBuilder('o');
    if (caller.kind === 'platform') query.where('false');
    else query.where('o.partner_id = :partnerId', { partnerId: caller.partnerId });
    const page = await paginateKeyset(query, outboxOrder, args);
    return toConnection(OutboxEntryConnection, page, toOutboxEntryType, () => query.getCount());
  }
}
