import { AuthenticationError, type Caller, permissionsOf } from '@clientele/subgraph-kit';
import type { DataSource } from 'typeorm';
import { ApiKeyEntity } from '../api-keys/api-key.entity';
import { CustomerEntity } from '../customers/customer.entity';
import { MemberEntity } from '../members/member.entity';
import { OperatorEntity } from '../operators/operator.entity';
import { PartnerEntity, ResellerEntity } from '../partners/partner.entity';
import { toPartnerType, toResellerType } from '../partners/partner.type';
import { PlatformStaffEntity } from '../platform/platform-staff.entity';
import { ViewerKind, ViewerType } from './viewer.type';

type ViewerIdentity = Pick<ViewerType, 'id' | 'name' | 'email' | 'kind' | 'role'>;

/** Only what the viewer shows: never a whole entity, which may hold a password hash. */
function identityFields(record: { id: string; name: string; email: string | null }) {
  return { id: record.id, name: record.name, email: record.email };
}

/** Describes the caller from the records behind their token; a token for a vanished identity is refused. */
export class ViewerService {
  constructor(private readonly dataSource: DataSource) {}

  async describe(caller: Caller): Promise<ViewerType> {
    const identity = await this.identityOf(caller);
    if (!identity) throw new AuthenticationError();
    const partnerId = caller.kind === 'platform' ? null : caller.partnerId;
    const resellerId = caller.kind === 'operator' ? caller.resellerId : null;
    const [partner, reseller] = await Promise.all([
      partnerId ? this.dataSource.getRepository(PartnerEntity).findOneBy({ id: partnerId }) : null,
      partnerId && resellerId
        ? this.dataSource.getRepository(ResellerEntity).findOneBy({ partnerId, id: resellerId })
        : null,
    ]);
    return Object.assign(new ViewerType(), {
      ...identity,
      permissions: [...permissionsOf(caller)],
      partner: partner ? toPartnerType(partner) : null,
      reseller: reseller ? toResellerType(reseller) : null,
    });
  }

  private async identityOf(caller: Caller): Promise<ViewerIdentity | null> {
    const manager = this.dataSource.manager;
    switch (caller.kind) {
      case 'operator': {
        const operator = await manager.findOneBy(OperatorEntity, {
          partnerId: caller.partnerId,
          id: caller.operatorId,
          status: 'ACTIVE',
        });
        return operator && { ...identityFields(operator), kind: ViewerKind.OPERATOR, role: operator.role };
      }
      case 'platform': {
        const staff = await manager.findOneBy(PlatformStaffEntity, { id: caller.staffId, status: 'ACTIVE' });
        return staff && { ...identityFields(staff), kind: ViewerKind.PLATFORM_STAFF, role: staff.role };
      }
      case 'apiKey': {
        const key = await manager.findOneBy(ApiKeyEntity, { partnerId: caller.partnerId, id: caller.apiKeyId });
        return key && { id: key.id, name: key.name, email: null, kind: ViewerKind.API_KEY, role: key.scopes.join(' ') };
      }
      case 'portal': {
        if (caller.memberId) {
          const member = await manager.findOneBy(MemberEntity, { partnerId: caller.partnerId, id: caller.memberId });
          return member && { ...identityFields(member), kind: ViewerKind.PORTAL, role: member.role };
        }
        const customer = await manager.findOneBy(CustomerEntity, {
          partnerId: caller.partnerId,
          id: caller.customerId,
        });
        return customer && { ...identityFields(customer), kind: ViewerKind.PORTAL, role: 'IMPERSONATION' };
      }
    }
  }
}
