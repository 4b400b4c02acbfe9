import { AuthenticationError, type Caller, permissionsOf } from '@clientele/subgraph-kit';
import type { ApiKeyService } from '../api-keys';
import type { CustomerService } from '../customers';
import type { MemberService } from '../members';
import type { OperatorService } from '../operators';
import { type PartnerService, resellerKey } from '../partners';
import type { PlatformStaffService } from '../platform';
import { ViewerKind, ViewerType } from './viewer.type';

type ViewerIdentity = Pick<ViewerType, 'id' | 'name' | 'email' | 'kind' | 'role'>;

export interface ViewerSources {
  operators: OperatorService;
  staff: PlatformStaffService;
  apiKeys: ApiKeyService;
  members: MemberService;
  customers: CustomerService;
  partners: PartnerService;
}

/** Describes the caller from the records behind their token; a token for a vanished identity is refused. */
export class ViewerService {
  constructor(private readonly sources: ViewerSources) {}

  async describe(caller: Caller): Promise<ViewerType> {
    const identity = await this.identityOf(caller);
    if (!identity) throw new AuthenticationError();
    const partnerId = caller.kind === 'platform' ? null : caller.partnerId;
    const resellerId = caller.kind === 'operator' ? caller.resellerId : null;
    const [partners, resellers] = await Promise.all([
      partnerId ? this.sources.partners.findByIds([partnerId]) : [],
      partnerId && resellerId ? this.sources.partners.findResellersByKeys([resellerKey(partnerId, resellerId)]) : [],
    ]);
    const reseller = resellers[0];
    return Object.assign(new ViewerType(), {
      ...identity,
      permissions: [...permissionsOf(caller)],
      partner: partners[0] ?? null,
      reseller: reseller ? { id: reseller.id, name: reseller.name } : null,
    });
  }

  private async identityOf(caller: Caller): Promise<ViewerIdentity | null> {
    switch (caller.kind) {
      case 'operator': {
        const operator = await this.sources.operators.findActive(caller.partnerId, caller.operatorId);
        return (
          operator && {
            id: operator.id,
            name: operator.name,
            email: operator.email,
            kind: ViewerKind.OPERATOR,
            role: operator.role,
          }
        );
      }
      case 'platform': {
        const staff = await this.sources.staff.findActive(caller.staffId);
        return (
          staff && {
            id: staff.id,
            name: staff.name,
            email: staff.email,
            kind: ViewerKind.PLATFORM_STAFF,
            role: staff.role,
          }
        );
      }
      case 'apiKey': {
        const key = await this.sources.apiKeys.describe(caller.partnerId, caller.apiKeyId);
        return key && { id: key.id, name: key.name, email: null, kind: ViewerKind.API_KEY, role: key.scopes.join(' ') };
      }
      case 'portal': {
        if (caller.memberId) {
          const member = await this.sources.members.findOne(caller.partnerId, caller.memberId);
          return (
            member && {
              id: member.id,
              name: member.name,
              email: member.email,
              kind: ViewerKind.PORTAL,
              role: member.role,
            }
          );
        }
        const customer = await this.sources.customers.findOne(caller.partnerId, caller.customerId);
        return (
          customer && {
            id: customer.id,
            name: customer.name,
            email: customer.email,
            kind: ViewerKind.PORTAL,
            role: 'IMPERSONATION',
          }
        );
      }
      case 'service':
        // Never a GraphQL caller: a service acts on its own only inside an internal call.
        return null;
    }
  }
}
