import type { Caller, OperatorCaller } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { verifyAgainstDecoy, verifyPassword } from '../auth/password';
import { PartnerEntity } from '../partners/partner.entity';
import { OperatorEntity } from './operator.entity';

export class OperatorService {
  constructor(private readonly dataSource: DataSource) {}

  /** The operator behind an email and password, or null; both failures take the same time. */
  async authenticate(email: string, password: string): Promise<OperatorEntity | null> {
    const operator = await this.dataSource.getRepository(OperatorEntity).findOneBy({ email, status: 'ACTIVE' });
    if (!operator) return verifyAgainstDecoy(password).then(() => null);
    return (await verifyPassword(operator.passwordHash, password)) ? operator : null;
  }

  findViewer(caller: Caller): Promise<OperatorEntity | null> {
    return this.dataSource
      .getRepository(OperatorEntity)
      .findOneBy({ partnerId: caller.partnerId, id: caller.operatorId });
  }

  findPartner(partnerId: string): Promise<PartnerEntity | null> {
    return this.dataSource.getRepository(PartnerEntity).findOneBy({ id: partnerId });
  }
}

export function callerOf(operator: OperatorEntity): OperatorCaller {
  return {
    kind: 'operator',
    operatorId: operator.id,
    partnerId: operator.partnerId,
    role: operator.role,
    resellerId: operator.resellerId,
  };
}
