import {
  type Caller,
  type ConnectionArgs,
  paginateKeyset,
  timestampOrder,
  toConnection,
  whereInScope,
} from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { MessageEntity } from './message.entity';
import { MessageConnection, toMessageType } from './message.type';

export class MessageService {
  constructor(private readonly dataSource: DataSource) {}

  /** A customer's messages, newest first. The customer was already checked as visible to the caller. */
  async listForCustomer(caller: Caller, customerId: string, args: ConnectionArgs): Promise<MessageConnection> {
    const query = this.dataSource
      .getRepository(MessageEntity)
      .createQueryBuilder('m')
      .where('m.customer_id = :customerId', { customerId });
    whereInScope(query, caller, { partner: 'm.partner_id', customer: 'm.customer_id' });
    const page = await paginateKeyset(
      query,
      timestampOrder('m', 'created_at', (row) => row.createdAt, true),
      args,
    );
    return toConnection(MessageConnection, page, toMessageType, () => query.getCount());
  }
}
