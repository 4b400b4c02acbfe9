import { type PortalCaller, type RequestContext, parseInput } from '@clientele/subgraph-kit';
import type { SessionService } from '../credentials';
import { type CustomerService, customerCreateSchema } from '../customers';
import type { MemberService } from '../members';
import type { OperatorService } from '../operators';
import {
  type PortalAccountUpdateInput,
  type PortalAccountUpdatePayload,
  type PortalPasswordChangeInput,
  type PortalPasswordChangePayload,
  PortalImpersonatorType,
  PortalViewerType,
} from './portal.types';

const portalAccountSchema = customerCreateSchema.pick({ phone: true, timezone: true });

/** What a portal session sees and may change: its own account, through the modules that own it. */
export class PortalService {
  constructor(
    private readonly customers: CustomerService,
    private readonly members: MemberService,
    private readonly operators: OperatorService,
    private readonly sessions: SessionService,
  ) {}

  async viewer(caller: PortalCaller): Promise<PortalViewerType | null> {
    const [customer, member, session, operator] = await Promise.all([
      this.customers.findOne(caller.partnerId, caller.customerId),
      caller.memberId ? this.members.findOne(caller.partnerId, caller.memberId) : null,
      this.sessions.find(caller.sessionId),
      caller.impersonator ? this.operators.findActive(caller.partnerId, caller.impersonator.operatorId) : null,
    ]);
    if (!customer || !session) return null;
    return Object.assign(new PortalViewerType(), {
      customer,
      member,
      impersonator: operator
        ? Object.assign(new PortalImpersonatorType(), { id: operator.id, name: operator.name, email: operator.email })
        : null,
      expiresAt: session.expiresAt,
    });
  }

  async updateAccount(
    context: RequestContext,
    caller: PortalCaller,
    input: PortalAccountUpdateInput,
  ): Promise<PortalAccountUpdatePayload> {
    const parsed = parseInput(portalAccountSchema, input);
    if (!parsed.ok) return { customer: null, userErrors: parsed.userErrors };
    const customer = await this.customers.updateContact(
      context,
      { partnerId: caller.partnerId, customerId: caller.customerId },
      { phone: parsed.value.phone ?? null, timezone: parsed.value.timezone },
    );
    return { customer, userErrors: [] };
  }

  changePassword(
    context: RequestContext,
    caller: PortalCaller,
    input: PortalPasswordChangeInput,
  ): Promise<PortalPasswordChangePayload> {
    return this.members.changePassword(context, caller, input);
  }
}
