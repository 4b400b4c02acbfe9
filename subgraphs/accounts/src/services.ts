import type { SubgraphRuntime } from '@clientele/subgraph-kit';
import { ApiKeyService } from './api-keys/api-key.service';
import { AuditService } from './audit/audit.service';
import { AuthService } from './auth/auth.service';
import { SessionService } from './auth/session.service';
import { ThrottleService } from './auth/throttle.service';
import { ACCESS_TOKEN_TTL_SECONDS, TokenService } from './auth/token.service';
import { CustomerService } from './customers/customer.service';
import { ImpersonationService } from './impersonation/impersonation.service';
import { InvitationService } from './invitations/invitation.service';
import { MemberService } from './members/member.service';
import { OperatorService } from './operators/operator.service';
import { PartnerService } from './partners/partner.service';
import { PlatformStaffService } from './platform/platform-staff.service';
import { PortalService } from './portal/portal.service';
import { ViewerService } from './viewer/viewer.service';

export interface AccountsSettings {
  publicUrl: string;
}

export function createAccountsServices(
  { dataSource, events, config }: Pick<SubgraphRuntime, 'dataSource' | 'events' | 'config'>,
  settings: AccountsSettings = { publicUrl: 'http://localhost:4000' },
) {
  const tokens = new TokenService(dataSource, {
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
  });
  const sessions = new SessionService(dataSource);
  const throttle = new ThrottleService(dataSource);
  const invitations = new InvitationService(dataSource, settings.publicUrl);
  const audit = new AuditService(dataSource);
  const operators = new OperatorService(dataSource, sessions, invitations);
  const staff = new PlatformStaffService(dataSource);
  const portal = new PortalService(dataSource, sessions, invitations);
  const apiKeys = new ApiKeyService(dataSource);
  return {
    customers: new CustomerService(dataSource, events),
    members: new MemberService(dataSource),
    operators,
    partners: new PartnerService(dataSource, invitations),
    staff,
    tokens,
    sessions,
    throttle,
    invitations,
    audit,
    portal,
    apiKeys,
    viewers: new ViewerService(dataSource),
    impersonation: new ImpersonationService(dataSource, operators, sessions, tokens, throttle, audit),
    auth: new AuthService(dataSource, operators, staff, portal, apiKeys, sessions, tokens, throttle, invitations),
  };
}

export type AccountsServices = ReturnType<typeof createAccountsServices>;
