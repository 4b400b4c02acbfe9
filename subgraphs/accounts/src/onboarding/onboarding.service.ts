import { type RequestContext, UserErrorCode, auditActorOf, parseInput, userError } from '@clientele/subgraph-kit';
import { type DataSource, QueryFailedError } from 'typeorm';
import { type InvitationService, toInvitationType } from '../credentials';
import { type OperatorService, insertOperator } from '../operators';
import { insertPartner } from '../partners';
import { type PartnerCreateInput, type PartnerCreatePayload, partnerCreateSchema } from './onboarding.inputs';

/** Brings a new partner onto the platform: the partner and its first owner, who is invited. */
export class OnboardingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly operators: OperatorService,
    private readonly invitations: InvitationService,
  ) {}

  async createPartner(context: RequestContext, input: PartnerCreateInput): Promise<PartnerCreatePayload> {
    const parsed = parseInput(partnerCreateSchema, input);
    if (!parsed.ok) return { partner: null, ownerInvitation: null, userErrors: parsed.userErrors };
    const command = parsed.value;
    const emailTaken = userError(UserErrorCode.TAKEN, 'Someone already signs in with this email address.', [
      'input',
      'ownerEmail',
    ]);
    if (await this.operators.emailTaken(command.ownerEmail)) {
      return { partner: null, ownerInvitation: null, userErrors: [emailTaken] };
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { partner } = await insertPartner(manager, { name: command.name });
        const owner = await insertOperator(manager, {
          partnerId: partner.id,
          email: command.ownerEmail,
          name: command.ownerName,
          role: 'OWNER',
          resellerId: null,
          passwordHash: null,
        });
        const invitation = await this.invitations.create(
          { partnerId: partner.id, kind: 'operator', subjectId: owner.id, createdBy: auditActorOf(context.caller).id },
          manager,
        );
        await context.audit(
          {
            action: 'partner.created',
            partnerId: partner.id,
            targetType: 'Partner',
            targetId: partner.id,
            details: { name: partner.name, ownerEmail: owner.email },
          },
          manager,
        );
        return { partner, ownerInvitation: toInvitationType(invitation), userErrors: [] };
      });
    } catch (err) {
      if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505') {
        return { partner: null, ownerInvitation: null, userErrors: [emailTaken] };
      }
      throw err;
    }
  }
}
