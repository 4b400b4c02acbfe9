import { type RequestContext, Requires } from '@clientele/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  CreditsAddInput,
  CreditsAddPayload,
  CreditsAdjustInput,
  CreditsAdjustPayload,
  CreditsMoveInput,
  CreditsMovePayload,
  CreditsWithdrawInput,
  CreditsWithdrawPayload,
} from './credits.inputs';
import type { CreditsService } from './credits.service';

@Resolver()
export class CreditsResolver {
  constructor(private readonly credits: CreditsService) {}

  @Mutation(() => CreditsAddPayload, {
    description:
      'Adds credits a customer bought or topped up. Operators with billing rights and API keys with billing:write. ' +
      'Idempotent under `idempotencyKey`.',
  })
  @Requires('billing:write')
  creditsAdd(
    @Arg('input', { description: 'The customer, the amount and the key.' }) input: CreditsAddInput,
    @Ctx() context: RequestContext,
  ): Promise<CreditsAddPayload> {
    return this.credits.add(context, input);
  }

  @Mutation(() => CreditsWithdrawPayload, {
    description:
      'Pays out or refunds credits, never below what the pricing model allows (zero on PREPAID, minus the credit ' +
      'limit on POSTPAID). Operators with billing rights and API keys with billing:write. Idempotent under `idempotencyKey`.',
  })
  @Requires('billing:write')
  creditsWithdraw(
    @Arg('input', { description: 'The customer, the amount and the key.' }) input: CreditsWithdrawInput,
    @Ctx() context: RequestContext,
  ): Promise<CreditsWithdrawPayload> {
    return this.credits.withdraw(context, input);
  }

  @Mutation(() => CreditsAdjustPayload, {
    description:
      'Corrects a balance either way, with a required reason. OWNER, ADMIN and BILLING operators only (not API keys, ' +
      'never while logged in as a customer). Idempotent under `idempotencyKey`.',
  })
  @Requires('billing:transfer')
  creditsAdjust(
    @Arg('input', { description: 'The customer, the signed amount, the reason and the key.' }) input: CreditsAdjustInput,
    @Ctx() context: RequestContext,
  ): Promise<CreditsAdjustPayload> {
    return this.credits.adjust(context, input);
  }

  @Mutation(() => CreditsMovePayload, {
    description:
      'Moves credits between two customers of the same partner and currency in one transaction, leaving neither ' +
      'below what its pricing model allows. OWNER, ADMIN and BILLING operators only (not API keys, never while ' +
      'logged in as a customer). Idempotent under `idempotencyKey`.',
  })
  @Requires('billing:transfer')
  creditsMove(
    @Arg('input', { description: 'Both customers, the amount and the key.' }) input: CreditsMoveInput,
    @Ctx() context: RequestContext,
  ): Promise<CreditsMovePayload> {
    return this.credits.move(context, input);
  }
}
