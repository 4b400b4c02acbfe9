import { AuthenticationError, NotFoundError } from '@clientele/subgraph-kit';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AccountsContext } from '../context';
import { PartnerType, toPartnerType } from '../partners/partner.type';
import type { OperatorService } from './operator.service';
import { OperatorType, toOperatorType } from './operator.type';

@Resolver(() => OperatorType)
export class OperatorResolver {
  constructor(private readonly operators: OperatorService) {}

  @Query(() => OperatorType, { description: 'The signed-in operator.' })
  async viewer(@Ctx() context: AccountsContext): Promise<OperatorType> {
    const operator = await this.operators.findViewer(context.caller);
    // A token for an operator that no longer exists is no longer a valid sign-in.
    if (!operator || operator.status !== 'ACTIVE') throw new AuthenticationError();
    return toOperatorType(operator);
  }

  @FieldResolver(() => PartnerType, { description: 'The partner the operator works for.' })
  async partner(@Root() operator: OperatorType): Promise<PartnerType> {
    const partner = await this.operators.findPartner(operator.partnerId);
    if (!partner) throw new NotFoundError('Partner');
    return toPartnerType(partner);
  }
}
