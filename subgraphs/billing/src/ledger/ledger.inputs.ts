import { ConnectionArgs, SafeIntResolver } from '@clientele/subgraph-kit';
import { ArgsType, Field, InputType } from 'type-graphql';
import type { LedgerEntryKind } from './ledger-entry.entity';
import { LedgerEntryKindEnum } from './ledger-entry.type';
import type { LedgerFilter } from './ledger.service';

@InputType({ description: 'Narrows a customer’s ledger; every bound is inclusive.' })
export class LedgerFilterInput {
  @Field(() => [LedgerEntryKindEnum], { nullable: true, description: 'Only entries of these kinds; every kind when empty.' })
  kinds?: LedgerEntryKind[] | null;

  @Field(() => Date, { nullable: true, description: 'Only entries written at or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only entries written at or before this instant.' })
  to?: Date | null;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description: 'Only entries whose signed amount is at least this many minor units (e.g. 0 for additions only).',
  })
  minAmount?: number | null;

  @Field(() => SafeIntResolver, {
    nullable: true,
    description: 'Only entries whose signed amount is at most this many minor units (e.g. -1 for deductions only).',
  })
  maxAmount?: number | null;
}

@ArgsType()
export class LedgerArgs extends ConnectionArgs {
  @Field(() => LedgerFilterInput, { nullable: true, description: 'Which entries to list.' })
  filter?: LedgerFilterInput | null;
}

export function toLedgerFilter(input: LedgerFilterInput | null | undefined): LedgerFilter {
  return {
    kinds: input?.kinds ?? null,
    from: input?.from ?? null,
    to: input?.to ?? null,
    minAmountMinor: input?.minAmount != null ? BigInt(input.minAmount) : null,
    maxAmountMinor: input?.maxAmount != null ? BigInt(input.maxAmount) : null,
  };
}

/** Requests with equal filters share one loader. */
export function ledgerFilterKey(filter: LedgerFilter): string {
  return JSON.stringify([
    filter.kinds ? [...filter.kinds].sort() : null,
    filter.from?.toISOString() ?? null,
    filter.to?.toISOString() ?? null,
    filter.minAmountMinor?.toString() ?? null,
    filter.maxAmountMinor?.toString() ?? null,
  ]);
}
