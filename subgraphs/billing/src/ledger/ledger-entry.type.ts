import { ConnectionType, LEDGER_ENTRY_KINDS, enumOf } from '@clientele/subgraph-kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MoneyType, toMoney } from '../money';
import type { LedgerEntryKind } from './ledger-entry.entity';
import type { LedgerEntry } from './ledger.service';

export const LedgerEntryKindEnum = enumOf<LedgerEntryKind>(LEDGER_ENTRY_KINDS);
registerEnumType(LedgerEntryKindEnum, {
  name: 'LedgerEntryKind',
  description: 'Why a ledger entry was written.',
  valuesConfig: {
    CREDIT: { description: 'Credits added: a purchase or top-up (creditsAdd).' },
    DEBIT: { description: 'Credits withdrawn: paid out or refunded (creditsWithdraw).' },
    ADJUSTMENT: { description: 'A correction either way, with its reason (creditsAdjust).' },
    TRANSFER_IN: { description: 'Credits moved in from another customer (creditsMove).' },
    TRANSFER_OUT: { description: 'Credits moved out to another customer (creditsMove).' },
    CHARGE: { description: 'A charge for services or usage.' },
    PAYMENT: { description: 'A payment received.' },
  },
});

@ObjectType('LedgerEntry', { description: 'One entry of a customer’s append-only credit ledger.' })
export class LedgerEntryType {
  @Field(() => ID, { description: 'Unique id of the entry.' })
  id: string;

  @Field(() => LedgerEntryKindEnum, { description: 'Why it was written.' })
  kind: LedgerEntryKind;

  @Field(() => MoneyType, { description: 'The signed amount: positive adds to the balance, negative takes from it.' })
  amount: MoneyType;

  @Field(() => MoneyType, { description: 'The balance right after this entry.' })
  balanceAfter: MoneyType;

  @Field({ description: 'What the entry is for, as written by whoever made it.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'What it answers to outside the ledger, e.g. a payment id.' })
  reference: string | null;

  @Field({ description: 'When it was written.' })
  createdAt: Date;
}

export function toLedgerEntryType(entry: LedgerEntry): LedgerEntryType {
  return Object.assign(new LedgerEntryType(), {
    id: entry.id,
    kind: entry.kind,
    amount: toMoney(entry.amountMinor, entry.currency),
    balanceAfter: toMoney(entry.balanceAfterMinor, entry.currency),
    description: entry.description,
    reference: entry.reference,
    createdAt: entry.createdAt,
  });
}

export const LedgerEntryConnection = ConnectionType(LedgerEntryType, 'LedgerEntry', 'ledger entry');
export type LedgerEntryConnection = InstanceType<typeof LedgerEntryConnection>;
