import type { OperatorRole } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../credentials';
import { type OperatorRecord, insertOperator } from '../operators';
import { type PartnerType, type ResellerType, insertPartner, partnerExists } from '../partners';

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
  ): Promise<{ partner: PartnerType; resellers: ResellerType[]; owner: OperatorRecord }> {
    const passwordHash = await hashPassword(request.owner.password);
    return this.dataSource.transaction(async (manager) => {
      const { partner, resellers } = await insertPartner(manager, request);
      const owner = await insertOperator(manager, {
        partnerId: partner.id,
        id: request.owner.id,
        email: request.owner.email,
        name: request.owner.name,
        role: 'OWNER',
        resellerId: null,
        passwordHash,
      });
      return { partner, resellers, owner };
    });
  }

  /** Whether a partner with this id exists, so that a seed runs only once. */
  async exists(partnerId: string): Promise<boolean> {
    return partnerExists(this.dataSource.manager, partnerId);
  }

  async addOperator(request: OperatorProvisioning): Promise<OperatorRecord> {
    return insertOperator(this.dataSource.manager, {
      partnerId: request.partnerId,
      email: request.email,
      name: request.name,
      role: request.role,
      resellerId: request.resellerId ?? null,
      passwordHash: await hashPassword(request.password),
    });
  }
}
