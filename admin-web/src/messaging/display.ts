import type { MessageChannel, MessageStatus } from '../gql/graphql';

export const channelLabels: Record<MessageChannel, string> = { EMAIL: 'Email', SMS: 'SMS' };

export const messageStatusLabels: Record<MessageStatus, string> = {
  QUEUED: 'Queued',
  SENDING: 'Sending',
  SENT: 'Sent',
  DELIVERED: 'Delivered',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};

/** The badge colour of a message's status: waiting, done, or not delivered. */
export function messageStatusBadge(status: MessageStatus): string {
  switch (status) {
    case 'QUEUED':
    case 'SENDING':
      return 'badge badge--pending';
    case 'SENT':
    case 'DELIVERED':
      return 'badge badge--active';
    case 'FAILED':
      return 'badge badge--closed';
    case 'CANCELLED':
      return 'badge badge--inactive';
  }
}
