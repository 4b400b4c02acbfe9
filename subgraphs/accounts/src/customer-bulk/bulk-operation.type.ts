import { ConnectionType, UserError as UserErrorType, enumOf } from '@clientele/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  BULK_ACTIONS,
  BULK_OUTCOMES,
  BULK_STATUSES,
  type BulkAction,
  type BulkOperationEntity,
  type BulkOutcome,
  type BulkStatus,
} from './bulk-operation.entity';

/** Where the gateway passes the accounts subgraph's downloads through; the same path on both. */
export const ACCOUNTS_FILES_PATH = '/files/accounts';

export const CustomerBulkActionKindEnum = enumOf(BULK_ACTIONS);
registerEnumType(CustomerBulkActionKindEnum, {
  name: 'CustomerBulkActionKind',
  description: 'What a bulk action does to each customer it targets.',
  valuesConfig: {
    ENABLE: { description: 'Re-enables SUSPENDED customers.' },
    SUSPEND: { description: 'Suspends ACTIVE customers (with `reason`).' },
    DEACTIVATE: { description: 'Deactivates ACTIVE or SUSPENDED customers (INACTIVE).' },
    CANCEL: { description: 'Cancels ACTIVE or SUSPENDED customers immediately (INACTIVE).' },
    CLOSE: {
      description:
        'Closes customers whose balance is zero and who owe nothing, as the search projection knows them; others are skipped.',
    },
    SET_FIELDS: { description: 'Sets `fields` (country, time zone) on customers that are not CLOSED.' },
    ADD_TAGS: { description: 'Puts `tagIds` on the customers; a tag a customer carries stays as it is.' },
    REMOVE_TAGS: { description: 'Takes `tagIds` off the customers.' },
    ASSIGN_RESELLER: { description: 'Moves customers that are not CLOSED to `resellerId` (null: to no reseller).' },
    SEND_EMAIL: {
      description:
        'Emails `message` to each customer through one messaging bulk send (`messageBatchId`); a customer without an address, closed or opted out is skipped. Needs messaging:send; cannot be undone.',
    },
    SEND_SMS: {
      description:
        'Texts `message` to each customer through one messaging bulk send (`messageBatchId`); a customer without a phone number, closed or opted out is skipped. Needs messaging:send; cannot be undone.',
    },
  },
});

export const CustomerBulkOperationStatusEnum = enumOf(BULK_STATUSES);
registerEnumType(CustomerBulkOperationStatusEnum, {
  name: 'CustomerBulkOperationStatus',
  description: 'Where a bulk operation is.',
  valuesConfig: {
    QUEUED: { description: 'Waiting for a worker.' },
    RUNNING: { description: 'Working through its customers, a batch at a time.' },
    COMPLETED: { description: 'Every customer has its outcome.' },
    CANCELLED: { description: 'Stopped on request: the customers processed are done, the rest untouched.' },
    FAILED: { description: 'Stopped by an error: the customers processed are done, the rest untouched.' },
  },
});

export const CustomerBulkOutcomeKindEnum = enumOf(BULK_OUTCOMES);
registerEnumType(CustomerBulkOutcomeKindEnum, {
  name: 'CustomerBulkOutcomeKind',
  description: 'What a bulk operation did to one customer.',
  valuesConfig: {
    DONE: { description: 'The change was made.' },
    SKIPPED: { description: 'Nothing was changed; `reason` says why.' },
  },
});

@ObjectType('CustomerBulkSkipCount', {
  description: 'How many customers a bulk action skips (or skipped) for one reason.',
})
export class BulkSkipCountType {
  @Field({ description: 'Why, e.g. "already suspended" or "balance not zero".' })
  reason: string;

  @Field(() => Int, { description: 'How many customers.' })
  count: number;
}

@ObjectType('CustomersBulkActionPreview', {
  description: 'What a bulk action would do, worked out before anything changes, by the same rules the run applies.',
})
export class BulkPreviewType {
  @Field(() => CustomerBulkActionKindEnum, { nullable: true, description: 'The action previewed.' })
  action: BulkAction | null;

  @Field(() => Int, { description: 'How many customers the target selects (that the caller may see).' })
  total: number;

  @Field(() => Int, { description: 'How many of them would change.' })
  willChange: number;

  @Field(() => Int, { description: 'How many would be skipped.' })
  willSkip: number;

  @Field(() => [BulkSkipCountType], { description: 'The skipped, by reason, most first.' })
  skippedReasons: BulkSkipCountType[];

  @Field({ description: 'Whether the action would run as a background job rather than inside the request.' })
  runsInBackground: boolean;

  @Field(() => [UserErrorType], { description: 'Why the input cannot be run; empty when it can.' })
  userErrors: UserErrorType[];
}

@ObjectType('CustomerBulkOperation', {
  description: 'A bulk action over many customers: its progress and, per customer, what it did.',
})
export class BulkOperationType {
  @Field(() => ID, { description: 'Unique id of the operation.' })
  id: string;

  @Field(() => CustomerBulkActionKindEnum, {
    description: 'The action; for an undo, the action it undoes (see `undoOf`).',
  })
  action: BulkAction;

  @Field(() => CustomerBulkOperationStatusEnum, { description: 'Where it is.' })
  status: BulkStatus;

  @Field(() => String, { nullable: true, description: 'The reason given with a status change, recorded with each.' })
  reason: string | null;

  @Field(() => Int, { description: 'How many customers it targets.' })
  total: number;

  @Field(() => Int, { description: 'How many have their outcome so far (changed + skipped).' })
  processed: number;

  @Field(() => Int, { description: 'How many were changed.' })
  changed: number;

  @Field(() => Int, { description: 'How many were skipped.' })
  skipped: number;

  @Field({ description: 'When it was started.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it completed, was cancelled or failed.' })
  finishedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it FAILED.' })
  error: string | null;

  @Field({
    description:
      'Whether `customerBulkOperationUndo` can undo it: finished, changed someone, not undone yet, not an undo itself and not messages sent.',
  })
  canUndo: boolean;

  @Field(() => ID, {
    nullable: true,
    description:
      'For SEND_EMAIL and SEND_SMS: the messaging bulk send carrying the messages (`messageBatch(id)` follows their delivery).',
  })
  messageBatchId: string | null;

  /** The operation this one undoes; `undoOf` resolves it. */
  undoOfId: string | null;

  /** The operation that undid this one; `undoneBy` resolves it. */
  undoneById: string | null;

  @Field({ description: 'Where to download every outcome as CSV, with the caller’s bearer token.' })
  outcomesCsvUrl: string;
}

@ObjectType('CustomerBulkOutcome', { description: 'What a bulk operation did to one customer.' })
export class BulkOutcomeType {
  /** Whom it is about; `customer` resolves it through the request's loader. */
  customerId: string;

  @Field(() => CustomerBulkOutcomeKindEnum, { description: 'Done or skipped.' })
  outcome: BulkOutcome;

  @Field(() => String, { nullable: true, description: 'Why it was skipped.' })
  reason: string | null;
}

export const BulkOperationConnection = ConnectionType(BulkOperationType, 'CustomerBulkOperation', 'bulk operation');
export type BulkOperationConnection = InstanceType<typeof BulkOperationConnection>;
export const BulkOutcomeConnection = ConnectionType(BulkOutcomeType, 'CustomerBulkOutcome', 'bulk outcome');
export type BulkOutcomeConnection = InstanceType<typeof BulkOutcomeConnection>;

const UNDOABLE_STATUSES: readonly BulkStatus[] = ['COMPLETED', 'CANCELLED', 'FAILED'];

/** Actions whose change is a message sent: nothing to put back. */
export const MESSAGE_ACTIONS: readonly BulkAction[] = ['SEND_EMAIL', 'SEND_SMS'];

export function toBulkOperationType(entity: BulkOperationEntity): BulkOperationType {
  return Object.assign(new BulkOperationType(), {
    id: entity.id,
    action: entity.action,
    status: entity.status,
    reason: entity.parameters.reason,
    total: entity.total,
    processed: entity.processed,
    changed: entity.changed,
    skipped: entity.skipped,
    createdAt: entity.createdAt,
    finishedAt: entity.finishedAt,
    error: entity.error,
    canUndo:
      UNDOABLE_STATUSES.includes(entity.status) &&
      entity.changed > 0 &&
      !entity.undoneBy &&
      !entity.undoOf &&
      !MESSAGE_ACTIONS.includes(entity.action),
    messageBatchId: entity.messageBatchId ?? null,
    undoOfId: entity.undoOf,
    undoneById: entity.undoneBy,
    outcomesCsvUrl: `${ACCOUNTS_FILES_PATH}/customer-bulk-operations/${entity.id}/outcomes.csv`,
  });
}
