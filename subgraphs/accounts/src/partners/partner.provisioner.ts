import { type OperatorRole, newId } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password';
import { OperatorEntity } from '../operators/operator.entity';
import { PartnerEntity, ResellerEntity } from './partner.entity';

export interface PartnerProvisioning {
  id?: string;
  name: string;
  resellers?: { id?: string; name: string }[];
  owner: { id?: string; email: string; name: string; password: string };
}

export interface OperatorProvisioning {
  partnerId: string;
  email: string;
  name: string;
  password: string;
  role: OperatorRole;
  resellerId?: string | null;
}

/**
 * Makes a partner with a ready owner (password set, no invitation), and further operators:
 * for the demo seed and the test harness, which work on the database directly.
 */
export class PartnerProvisioner {
  constructor(private readonly dataSource: DataSource) {}

  async provision(
    request: PartnerProvisioning,
  ): Promise<{ partner: PartnerEntity; resellers: ResellerEntity[]; owner: OperatorEntity }> {
    const passwordHash = await hashPassword(request.owner.password);
    return this.dataSource.transaction(async (manager) => {
      const partner = manager.create(PartnerEntity, { id: request.id ?? newId(), name: request.name });
      await manager.insert(PartnerEntity, partner);
      const resellers = (request.resellers ?? []).map((reseller) =>
        manager.create(ResellerEntity, { partnerId: partner.id, id: reseller.id ?? newId(), name: reseller.name }),
      );
      if (resellers.length > 0) await manager.insert(ResellerEntity, resellers);
      const owner = manager.create(OperatorEntity, {
        partnerId: partner.id,
        id: request.owner.id ?? newId(),
        email: request.owner.email,
        name: request.owner.name,
        role: 'OWNER',
        resellerId: null,
        passwordHash,
        status: 'ACTIVE',
      });
      await manager.insert(OperatorEntity, owner);
      return { partner, resellers, owner };
    });
  }

  async addOperator(request: OperatorProvisioning): Promise<OperatorEntity> {
    const operator = this.dataSource.manager.create(OperatorEntity, {
      partnerId: request.partnerId,
      id: newId(),
      email: request.email,
      name: request.name,
      role: request.role,
      resellerId: request.resellerId ?? null,
      passwordHash: await hashPassword(request.password),
      status: 'ACTIVE',
    });
    await this.dataSource.manager.insert(OperatorEntity, operator);
    return operator;
  }
}
