import { graphql } from '../gql';
import type {
  CustomerBulkActionKind,
  CustomerBulkOperationStatus,
  CustomerFilter,
  CustomerTargetInput,
} from '../gql/graphql';
import type { CustomerSelection } from './list-selection';

/** What each bulk action asks for before it can run, and how the bar and dialogs speak of it. */
export type BulkActionCopy = {
  label: string;
  /** The verb on the confirmation button and in its question ("Suspend 1,204 customers?"). */
  verb: string;
  asks: 'reason' | 'tags' | 'message' | 'nothing';
  danger: boolean;
  /** For a message: its channel; messaging sends it, so the viewer also needs messaging:send. */
  channel?: 'EMAIL' | 'SMS';
};

/** The actions offered on a selection, in menu order. */
export const bulkActionCopy: Partial<Record<CustomerBulkActionKind, BulkActionCopy>> = {
  ADD_TAGS: { label: 'Add tags', verb: 'Add tags to', asks: 'tags', danger: false },
  REMOVE_TAGS: { label: 'Remove tags', verb: 'Remove tags from', asks: 'tags', danger: false },
  SUSPEND: { label: 'Suspend', verb: 'Suspend', asks: 'reason', danger: true },
  ENABLE: { label: 'Re-enable', verb: 'Re-enable', asks: 'nothing', danger: false },
  DEACTIVATE: { label: 'Deactivate', verb: 'Deactivate', asks: 'reason', danger: true },
  SEND_EMAIL: { label: 'Send email', verb: 'Email', asks: 'message', danger: false, channel: 'EMAIL' },
  SEND_SMS: { label: 'Send SMS', verb: 'Text', asks: 'message', danger: false, channel: 'SMS' },
};

export const bulkActions = Object.keys(bulkActionCopy) as CustomerBulkActionKind[];

/** The actions a viewer may take: sending a message also needs messaging's permission. */
export function bulkActionsFor(canSend: boolean): CustomerBulkActionKind[] {
  return bulkActions.filter((kind) => canSend || !bulkActionCopy[kind]?.channel);
}

/** Statuses after which an operation no longer changes, so polling stops. */
const finishedStatuses: readonly CustomerBulkOperationStatus[] = ['COMPLETED', 'CANCELLED', 'FAILED'];

export function isFinished(status: CustomerBulkOperationStatus): boolean {
  return finishedStatuses.includes(status);
}

/**
 * The selection as the API's target: ticked ids as they are; "all matching" as the list's own
 * filter, so customers never loaded in the grid are included, less the ones unticked.
 */
export function toBulkTarget(selection: CustomerSelection, filter: CustomerFilter | null): CustomerTargetInput {
  if (selection.kind === 'ids') return { customerIds: [...selection.ids] };
  return {
    filter: filter ?? {},
    ...(selection.excluded.size ? { excludeIds: [...selection.excluded] } : {}),
  };
}

/** Tags typed as text, comma separated: a tag is its own id. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

export const CustomerBulkOperationFieldsFragment = graphql(`
  fragment CustomerBulkOperationFields on CustomerBulkOperation {
    id
    action
    status
    total
    processed
    changed
    skipped
    error
    canUndo
    messageBatchId
    outcomesCsvUrl
    createdAt
    finishedAt
    skippedReasons {
      reason
      count
    }
    undoOf {
      id
    }
    undoneBy {
      id
    }
  }
`);

/** What the action would do, by the rules the run applies, before anything changes. */
export const CustomersBulkActionPreviewQuery = graphql(`
  query CustomersBulkActionPreview($input: CustomersBulkActionInput!) {
    customersBulkActionPreview(input: $input) {
      action
      total
      willChange
      willSkip
      runsInBackground
      skippedReasons {
        reason
        count
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CustomersBulkActionMutation = graphql(`
  mutation CustomersBulkAction($input: CustomersBulkActionInput!) {
    customersBulkAction(input: $input) {
      bulkOperation {
        ...CustomerBulkOperationFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Polled while the operation runs. */
export const CustomerBulkOperationQuery = graphql(`
  query CustomerBulkOperation($id: ID!) {
    customerBulkOperation(id: $id) {
      ...CustomerBulkOperationFields
    }
  }
`);

export const CustomerBulkOperationCancelMutation = graphql(`
  mutation CustomerBulkOperationCancel($input: CustomerBulkOperationCancelInput!) {
    customerBulkOperationCancel(input: $input) {
      bulkOperation {
        ...CustomerBulkOperationFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const CustomerBulkOperationUndoMutation = graphql(`
  mutation CustomerBulkOperationUndo($input: CustomerBulkOperationUndoInput!) {
    customerBulkOperationUndo(input: $input) {
      bulkOperation {
        ...CustomerBulkOperationFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The partner's templates, for a bulk email or SMS. */
export const CustomerBulkMessageTemplatesQuery = graphql(`
  query CustomerBulkMessageTemplates {
    messageTemplates {
      key
      channel
      name
    }
  }
`);
